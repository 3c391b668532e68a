package cn.yibao.guard.alert;

import static cn.yibao.guard.alert.support.AlertOrders.line;
import static cn.yibao.guard.alert.support.AlertOrders.submit;
import static cn.yibao.guard.order.support.OrderTestData.BLOCKED;
import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.alert.support.StationClient;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** Station sockets: who may connect, and which stations an alert reaches, with the contract's frame. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class AlertSocketTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void aCriticalHitReachesDoctorNurseAndOfficeStreamsAsTheContractsFrame() {
        try (var doctor = StationClient.connect(base, "/ws/stations/physician/D01", TestUsers.physician("CARD", "D01"));
                var nurse = StationClient.connect(base, "/ws/stations/nurse/W3", TestUsers.nurse("CARD", "W3"));
                var office = StationClient.connect(base, "/ws/stations/office/CARD", TestUsers.officer());
                var hospital = StationClient.connect(base, "/ws/stations/office/hospital", TestUsers.supervisor())) {
            String encounterId = newEncounterId();
            String checkId = submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D01"),
                    line("O-2", PLAIN, 1, "D01")));

            JsonObject alert = doctor.nextAlert(encounterId);
            assertThat(alert.getLong("id")).isPositive();
            assertThat(alert.getString("patientId")).isEqualTo("P-" + encounterId);
            assertThat(alert.getString("department")).isEqualTo("CARD");
            assertThat(alert.getString("ward")).isEqualTo("W3");
            assertThat(alert.getString("doctorCode")).isEqualTo("D01");
            assertThat(alert.getString("severity")).isEqualTo("CRITICAL");
            assertThat(alert.getString("ruleId")).isEqualTo(OrderTestData.BLOCK_RULE);
            assertThat(alert.getInteger("ruleVersion")).isEqualTo(1);
            assertThat(alert.getString("message")).contains("限女性药");
            assertThat(alert.getJsonArray("lineIds").getList()).containsExactly("O-1");
            assertThat(alert.getString("createdAt")).isNotBlank();
            assertThat(alert.getString("state")).isEqualTo("OPEN");
            assertThat(alert.getInteger("count")).isEqualTo(1);
            assertThat(alert.getString("checkId")).isEqualTo(checkId);

            for (StationClient other : List.of(nurse, office, hospital)) {
                assertThat(other.nextAlert(encounterId).getLong("id")).isEqualTo(alert.getLong("id"));
            }
            // One instance, in-memory fan-out: delivered here means delivered; nothing waits for a broker.
            assertThat(Db.count("SELECT count(*) FROM alert_outbox WHERE alert_id = ?", alert.getLong("id")))
                    .isZero();
        }
    }

    @Test
    void aWarningGoesToDoctorAndNurseButNotToTheOffice() {
        try (var doctor = StationClient.connect(base, "/ws/stations/physician/D07", TestUsers.physician("CARD", "D07"));
                var office = StationClient.connect(base, "/ws/stations/office/hospital", TestUsers.officer())) {
            String warning = newEncounterId();
            submit(request(encounter(warning, "CARD"), line("O-1", CAPPED, 11, "D07")));
            assertThat(doctor.nextAlert(warning).getString("severity")).isEqualTo("WARNING");
            // A critical alert sent after the warning arrives at the office first: the warning never went there.
            String critical = newEncounterId();
            submit(request(encounter(critical, "CARD"), line("O-1", BLOCKED, 1, "D07")));
            JsonObject first = office.nextMatching(f -> "alert".equals(f.getString("type"))
                    && (warning.equals(f.getString("encounterId")) || critical.equals(f.getString("encounterId"))),
                    null);
            assertThat(first.getString("encounterId")).isEqualTo(critical);
        }
    }

    @Test
    void anotherDoctorsOrdersDoNotReachTheWorkstation() {
        try (var d01 = StationClient.connect(base, "/ws/stations/physician/D01", TestUsers.physician("CARD", "D01"))) {
            String others = newEncounterId();
            submit(request(encounter(others, "CARD"), line("O-1", BLOCKED, 1, "D02")));
            String own = newEncounterId();
            submit(request(encounter(own, "CARD"), line("O-1", BLOCKED, 1, "D01")));
            JsonObject first = d01.nextMatching(f -> "alert".equals(f.getString("type"))
                    && (others.equals(f.getString("encounterId")) || own.equals(f.getString("encounterId"))), null);
            assertThat(first.getString("encounterId")).isEqualTo(own);
        }
    }

    @Test
    void browsersPassTheTokenInTheSubprotocol() {
        try (var doctor = StationClient.connectAsBrowser(base, "/ws/stations/physician/D01",
                TestUsers.physician("CARD", "D01"))) {
            String encounterId = newEncounterId();
            submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D01")));
            assertThat(doctor.nextAlert(encounterId).getString("ruleId")).isEqualTo(OrderTestData.BLOCK_RULE);
        }
    }

    @Test
    void socketsAreRefusedAtTheHandshakeToWhoeverMayNotWatchTheStation() {
        assertThat(StationClient.refusal(base, "/ws/stations/physician/D01", null)).isEqualTo(401);
        assertThat(StationClient.refusal(base, "/ws/stations/physician/D01", "not-a-token")).isEqualTo(401);
        assertThat(StationClient.refusal(base, "/ws/stations/physician/D01", TestUsers.physician("CARD", "D02")))
                .isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/physician/D01", TestUsers.nurse("CARD", "W3")))
                .isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/nurse/W3", TestUsers.nurse("CARD", "W4")))
                .isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/nurse/W3", TestUsers.physician("CARD", "D01")))
                .isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/office/CARD", TestUsers.physician("CARD", "D01")))
                .isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/office/hospital", TestUsers.nurse("CARD", "W3")))
                .isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/office/hospital", TestUsers.his())).isEqualTo(403);
        assertThat(StationClient.refusal(base, "/ws/stations/physician/D01?since=abc",
                TestUsers.physician("CARD", "D01"))).isEqualTo(400);
        assertThat(StationClient.refusal(base, "/ws/stations/office/hospital", TestUsers.admin())).isEqualTo(101);
    }
}
