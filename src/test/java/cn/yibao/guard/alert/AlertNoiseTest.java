package cn.yibao.guard.alert;

import static cn.yibao.guard.alert.AlertFeedbackTest.awaitAlertId;
import static cn.yibao.guard.alert.support.AlertOrders.line;
import static cn.yibao.guard.alert.support.AlertOrders.submit;
import static cn.yibao.guard.order.support.OrderTestData.BLOCKED;
import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.alert.support.StationClient;
import cn.yibao.guard.order.RecordedChecks;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** One alert per stay with a count, resolution by withdrawal, and the recovery of lost alert writes. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class AlertNoiseTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    AlertRecovery recovery;

    @Inject
    AlertWriter writer;

    @Inject
    RecordedChecks checks;

    @Test
    void repeatsOfARuleForTheSameItemInOneStayRaiseTheCountNotANewAlert() {
        try (var station = StationClient.connect(base, "/ws/stations/physician/D41", TestUsers.physician("CARD", "D41"))) {
            String encounterId = newEncounterId();
            submit(request(encounter(encounterId, "CARD"), line("O-1", CAPPED, 11, "D41")));
            JsonObject alert = station.nextAlert(encounterId);
            assertThat(alert.getInteger("count")).isEqualTo(1);

            submit(request(encounter(encounterId, "CARD"), line("O-2", CAPPED, 1, "D41")));
            JsonObject update = station.next();
            assertThat(update.getString("type")).isEqualTo("update");
            assertThat(update.getLong("id")).isEqualTo(alert.getLong("id"));
            assertThat(update.getInteger("count")).isEqualTo(2);
            assertThat(update.getJsonArray("lineIds").getList()).containsExactly("O-1", "O-2");

            // The same line sent again is a retry, not a repeat.
            submit(request(encounter(encounterId, "CARD"), line("O-2", CAPPED, 1, "D41")));
            String other = newEncounterId();
            submit(request(encounter(other, "CARD"), line("O-1", CAPPED, 11, "D41")));
            JsonObject next = station.next();
            assertThat(next.getString("type")).isEqualTo("alert");
            assertThat(next.getString("encounterId")).isEqualTo(other);
            assertThat(Db.rows("SELECT count, line_ids FROM alert WHERE encounter_id = ?", encounterId))
                    .containsExactly(Map.of("count", 2, "line_ids", java.util.List.of("O-1", "O-2")));
        }
    }

    @Test
    void withdrawingTheLinesResolvesTheAlert() {
        try (var station = StationClient.connect(base, "/ws/stations/physician/D42", TestUsers.physician("CARD", "D42"))) {
            String encounterId = newEncounterId();
            submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D42")));
            long id = station.nextAlert(encounterId).getLong("id");
            given().auth().oauth2(TestUsers.physician("CARD", "D42"))
                    .delete("/api/v1/encounters/{id}/orders/{line}", encounterId, "O-1").then().statusCode(204);
            JsonObject update = station.nextMatching(f -> "update".equals(f.getString("type")) && f.getLong("id") == id,
                    null);
            assertThat(update.getString("state")).isEqualTo("RESOLVED");
            assertThat(update.getJsonArray("withdrawnLineIds").getList()).containsExactly("O-1");
        }
    }

    @Test
    void aCheckWhoseAlertWriteWasLostIsRaisedByTheRecoverySweep() throws Exception {
        String encounterId = newEncounterId();
        String checkId = submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D43")));
        awaitAlertId(encounterId);
        // As if the instance had stopped between the check's commit and the alert write.
        try (var c = Db.connect(); var st = c.createStatement()) {
            st.execute("DELETE FROM alert WHERE encounter_id = '" + encounterId + "'");
            st.execute("DELETE FROM alert_check WHERE check_id = '" + UUID.fromString(checkId) + "'");
        }
        try (var station = StationClient.connect(base, "/ws/stations/physician/D43", TestUsers.physician("CARD", "D43"))) {
            Thread.sleep(1_100); // the sweep leaves checks younger than its grace (1 s in tests) to the writer
            recovery.restart();
            recovery.sweep().await().indefinitely();
            JsonObject alert = station.nextAlert(encounterId);
            assertThat(alert.getString("checkId")).isEqualTo(checkId);
            assertThat(alert.getString("ruleId")).isEqualTo(OrderTestData.BLOCK_RULE);
        }
        // A second sweep finds nothing more to raise for it.
        recovery.restart();
        recovery.sweep().await().indefinitely();
        assertThat(Db.count("SELECT count(*) FROM alert WHERE encounter_id = ?", encounterId)).isEqualTo(1);
    }

    @Test
    void aCheckHandedToTheWriterAgainRaisesNothingNewEvenOnceItsAlertIsResolved() {
        try (var station = StationClient.connect(base, "/ws/stations/physician/D44", TestUsers.physician("CARD", "D44"))) {
            String encounterId = newEncounterId();
            String checkId = submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D44")));
            long id = station.nextAlert(encounterId).getLong("id");
            given().auth().oauth2(TestUsers.physician("CARD", "D44"))
                    .delete("/api/v1/encounters/{id}/orders/{line}", encounterId, "O-1").then().statusCode(204);
            station.nextMatching(f -> "update".equals(f.getString("type")) && f.getLong("id") == id, null);

            // As a recovery sweep on another instance would, racing the writer that already raised it.
            checks.events(java.util.List.of(UUID.fromString(checkId))).await().indefinitely().forEach(writer::enqueue);
            String other = newEncounterId();
            submit(request(encounter(other, "CARD"), line("O-1", BLOCKED, 1, "D44")));
            assertThat(station.next().getString("encounterId")).isEqualTo(other);
            assertThat(Db.rows("SELECT id, state FROM alert WHERE encounter_id = ?", encounterId))
                    .containsExactly(Map.of("id", id, "state", "RESOLVED"));
        }
    }
}
