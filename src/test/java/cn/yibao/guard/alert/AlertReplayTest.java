package cn.yibao.guard.alert;

import static cn.yibao.guard.alert.support.AlertOrders.line;
import static cn.yibao.guard.alert.support.AlertOrders.submit;
import static cn.yibao.guard.order.support.OrderTestData.BLOCKED;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** A station that reconnects with the last id it saw gets what it missed, in order, then live frames. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class AlertReplayTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    @TestHTTPResource("/")
    URI base;

    /** A doctor code no earlier run has used, so that the test sees only its own alerts. */
    static String freshDoctor() {
        return "D-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    static String blockedOrder(String doctor) {
        String encounterId = newEncounterId();
        submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, doctor)));
        return encounterId;
    }

    static List<Long> idsInDatabase(String doctor, long after) {
        return Db.rows("SELECT id FROM alert WHERE doctor_code = ? AND id > ? ORDER BY id", doctor, after).stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    /** Waits until the doctor has {@code n} alerts (they are written just after each check). */
    static void awaitAlerts(String doctor, int n) throws InterruptedException {
        for (int i = 0; i < 200 && idsInDatabase(doctor, 0).size() < n; i++) {
            Thread.sleep(100);
        }
        assertThat(idsInDatabase(doctor, 0)).hasSize(n);
    }

    @Test
    void reconnectingWithTheLastIdReplaysTheMissedAlertsInOrderThenLiveOnes() {
        String doctor = freshDoctor();
        String token = TestUsers.physician("CARD", doctor);
        long lastSeen;
        try (var station = StationClient.connect(base, "/ws/stations/physician/" + doctor, token)) {
            blockedOrder(doctor);
            lastSeen = station.nextAlert(blockedOrder(doctor)).getLong("id");
        }
        List<String> missed = List.of(blockedOrder(doctor), blockedOrder(doctor), blockedOrder(doctor));
        try (var station = StationClient.connect(base, "/ws/stations/physician/" + doctor + "?since=" + lastSeen, token)) {
            List<String> replayed = new ArrayList<>();
            long previous = lastSeen;
            for (int i = 0; i < missed.size(); i++) {
                JsonObject f = station.next();
                assertThat(f.getString("type")).isEqualTo("alert");
                assertThat(f.getLong("id")).isGreaterThan(previous);
                previous = f.getLong("id");
                replayed.add(f.getString("encounterId"));
            }
            assertThat(replayed).containsExactlyElementsOf(missed);
            String live = blockedOrder(doctor);
            JsonObject next = station.next();
            assertThat(next.getString("encounterId")).isEqualTo(live);
        }
    }

    @Test
    void alertsRaisedWhileTheReplayRunsArriveOnceWithoutGap() throws Exception {
        String doctor = freshDoctor();
        String token = TestUsers.physician("CARD", doctor);
        for (int i = 0; i < 30; i++) {
            blockedOrder(doctor);
        }
        awaitAlerts(doctor, 30);
        long since = idsInDatabase(doctor, 0).get(4);
        CompletableFuture<Void> during = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 15; i++) {
                blockedOrder(doctor);
            }
        });
        try (var station = StationClient.connect(base, "/ws/stations/physician/" + doctor + "?since=" + since, token)) {
            during.get();
            awaitAlerts(doctor, 45);
            List<Long> expected = idsInDatabase(doctor, since);
            List<Long> received = new ArrayList<>();
            while (received.size() < expected.size()) {
                JsonObject f = station.next();
                assertThat(f.getString("type")).isEqualTo("alert");
                received.add(f.getLong("id"));
            }
            assertThat(received).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void changesToAlertsTheStationAlreadyHadAreReplayedBeforeNewAlerts() {
        String doctor = freshDoctor();
        String token = TestUsers.physician("CARD", doctor);
        long seen;
        try (var station = StationClient.connect(base, "/ws/stations/physician/" + doctor, token)) {
            seen = station.nextAlert(blockedOrder(doctor)).getLong("id");
        }
        // While the workstation is away, the doctor acknowledges the alert elsewhere, and a new alert is raised.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("type", "ack"))
                .post("/api/v1/alerts/{id}/feedback", seen).then().statusCode(200);
        String later = blockedOrder(doctor);
        try (var station = StationClient.connect(base, "/ws/stations/physician/" + doctor + "?since=" + seen, token)) {
            JsonObject change = station.next();
            assertThat(change.getString("type")).isEqualTo("update");
            assertThat(change.getLong("id")).isEqualTo(seen);
            assertThat(change.getString("state")).isEqualTo("ACKNOWLEDGED");
            JsonObject raised = station.next();
            assertThat(raised.getString("type")).isEqualTo("alert");
            assertThat(raised.getString("encounterId")).isEqualTo(later);
        }
    }

    @Test
    void sinceZeroReplaysTheStationsWholeHistory() {
        String token = TestUsers.nurse("CARD", "W23");
        String encounterId = newEncounterId();
        var enc = encounter(encounterId, "CARD");
        enc.put("ward", "W23");
        submit(request(enc, line("O-1", BLOCKED, 1, "D23")));
        try (var station = StationClient.connect(base, "/ws/stations/nurse/W23?since=0", token)) {
            assertThat(station.nextAlert(encounterId).getString("ward")).isEqualTo("W23");
        }
    }
}
