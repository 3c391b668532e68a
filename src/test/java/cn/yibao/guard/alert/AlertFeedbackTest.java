package cn.yibao.guard.alert;

import static cn.yibao.guard.alert.support.AlertOrders.line;
import static cn.yibao.guard.alert.support.AlertOrders.submit;
import static cn.yibao.guard.order.support.FixedCatalogService.BLOCKED;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.alert.support.StationClient;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** Acknowledge and override over the socket and REST, the audit, bad client frames, listing and figures. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class AlertFeedbackTest {

    @TestHTTPResource("/")
    URI base;

    static Map<String, Object> body(String type, String reason, String comment) {
        var b = new java.util.LinkedHashMap<String, Object>();
        b.put("type", type);
        b.put("reasonCode", reason);
        b.put("comment", comment);
        return b;
    }

    @Test
    void ackOverSocketThenOverrideOverRestUpdateEveryStationAndAreAudited() {
        String doctor = TestUsers.physician("CARD", "D31");
        try (var workstation = StationClient.connect(base, "/ws/stations/physician/D31", doctor);
                var ward = StationClient.connect(base, "/ws/stations/nurse/W3", TestUsers.nurse("CARD", "W3"))) {
            String encounterId = newEncounterId();
            submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D31")));
            long id = workstation.nextAlert(encounterId).getLong("id");
            ward.nextAlert(encounterId);

            workstation.send(new JsonObject().put("type", "ack").put("alertId", id));
            for (StationClient s : List.of(workstation, ward)) {
                JsonObject update = s.nextMatching(f -> "update".equals(f.getString("type")) && f.getLong("id") == id,
                        null);
                assertThat(update.getString("state")).isEqualTo("ACKNOWLEDGED");
            }

            given().auth().oauth2(doctor).contentType(ContentType.JSON)
                    .body(body("override", "CLINICAL_NEED", "评估后继续")).post("/api/v1/alerts/{id}/feedback", id)
                    .then().statusCode(200).body("state", equalTo("OVERRIDDEN")).body("id", equalTo((int) id));
            for (StationClient s : List.of(workstation, ward)) {
                JsonObject update = s.nextMatching(f -> "update".equals(f.getString("type")) && f.getLong("id") == id
                        && "OVERRIDDEN".equals(f.getString("state")), null);
                assertThat(update.getInteger("revision")).isEqualTo(2);
            }
            assertThat(Db.rows("SELECT outcome, reason_code, comment, given_by, channel FROM alert_feedback "
                    + "WHERE alert_id = ? ORDER BY id", id)).containsExactly(
                            row("ACKNOWLEDGED", null, null, "dr-D31", "socket:physician/D31"),
                            row("OVERRIDDEN", "CLINICAL_NEED", "评估后继续", "dr-D31", "rest"));

            // Overridden is final.
            workstation.send(new JsonObject().put("type", "ack").put("alertId", id));
            JsonObject error = workstation.nextMatching(f -> "error".equals(f.getString("type")), null);
            assertThat(error.getString("message")).contains("OVERRIDDEN");
            assertThat(error.getLong("alertId")).isEqualTo(id);
            given().auth().oauth2(doctor).contentType(ContentType.JSON).body(body("ack", null, null))
                    .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(409);
        }
    }

    private static Map<String, Object> row(String outcome, String reason, String comment, String by, String channel) {
        var r = new java.util.LinkedHashMap<String, Object>();
        r.put("outcome", outcome);
        r.put("reason_code", reason);
        r.put("comment", comment);
        r.put("given_by", by);
        r.put("channel", channel);
        return r;
    }

    @Test
    void restFeedbackIsRefusedWithProblemsNamingTheField() {
        String encounterId = newEncounterId();
        submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D32")));
        long id = awaitAlertId(encounterId);
        String doctor = TestUsers.physician("CARD", "D32");
        given().auth().oauth2(doctor).contentType(ContentType.JSON).body(body("override", "NO_SUCH", null))
                .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reasonCode"));
        given().auth().oauth2(doctor).contentType(ContentType.JSON).body(body("override", "OTHER", " "))
                .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        given().auth().oauth2(doctor).contentType(ContentType.JSON).body(body("maybe", null, null))
                .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(TestUsers.physician("CARD", "D33")).contentType(ContentType.JSON)
                .body(body("ack", null, null)).post("/api/v1/alerts/{id}/feedback", id).then().statusCode(403);
        given().auth().oauth2(doctor).contentType(ContentType.JSON).body(body("ack", null, null))
                .post("/api/v1/alerts/{id}/feedback", 987654321L).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body("ack", null, null))
                .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(401);
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON).body(body("ack", null, null))
                .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void badClientFramesAreAnsweredWithErrorFramesAndTheSessionsCarryOn() {
        String encounterId = newEncounterId();
        submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D34")));
        long othersAlert = awaitAlertId(encounterId);
        try (var station = StationClient.connect(base, "/ws/stations/physician/D35", TestUsers.physician("CARD", "D35"));
                var neighbour = StationClient.connect(base, "/ws/stations/physician/D35",
                        TestUsers.physician("CARD", "D35"))) {
            station.send("hello");
            assertThat(error(station)).contains("JSON");
            station.send("{\"type\":\"ack\",\"alertId\":1," + "\"comment\":\"" + "x".repeat(10_000) + "\"}");
            assertThat(error(station)).contains("too large");
            station.send(new JsonObject().put("type", "dance").put("alertId", 1));
            assertThat(error(station)).contains("unknown frame type");
            station.send(new JsonObject().put("type", "ack").put("alertId", "one"));
            assertThat(error(station)).contains("alertId");
            station.send(new JsonObject().put("type", "override").put("alertId", othersAlert));
            assertThat(error(station)).contains("reasonCode");
            station.send(new JsonObject().put("type", "ack").put("alertId", 987654321L));
            assertThat(error(station)).contains("No alert 987654321");
            station.send(new JsonObject().put("type", "override").put("alertId", othersAlert)
                    .put("reasonCode", "CLINICAL_NEED"));
            assertThat(error(station)).contains("not shown on station physician/D35");

            String own = newEncounterId();
            submit(request(encounter(own, "CARD"), line("O-1", BLOCKED, 1, "D35")));
            assertThat(station.nextAlert(own).getString("doctorCode")).isEqualTo("D35");
            assertThat(neighbour.nextAlert(own).getString("doctorCode")).isEqualTo("D35");
            assertThat(neighbour.drain()).noneMatch(f -> "error".equals(f.getString("type")));
            assertThat(station.isClosed()).isFalse();
        }
        assertThat(Db.rows("SELECT state FROM alert WHERE id = ?", othersAlert).get(0).get("state")).isEqualTo("OPEN");
    }

    private static String error(StationClient station) {
        JsonObject f = station.next();
        assertThat(f.getString("type")).isEqualTo("error");
        return f.getString("message");
    }

    static long awaitAlertId(String encounterId) {
        for (int i = 0; i < 200; i++) {
            var rows = Db.rows("SELECT id FROM alert WHERE encounter_id = ?", encounterId);
            if (!rows.isEmpty()) {
                return ((Number) rows.get(0).get("id")).longValue();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no alert for " + encounterId);
    }

    @Test
    void listingIsScopedLikeTheSockets() {
        String encounterId = newEncounterId();
        submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, "D36")));
        long id = awaitAlertId(encounterId);
        given().auth().oauth2(TestUsers.physician("CARD", "D36")).get("/api/v1/alerts?state=OPEN").then()
                .statusCode(200).body("items.id", hasItem((int) id)).body("items.doctorCode", org.hamcrest.Matchers
                        .everyItem(equalTo("D36")));
        given().auth().oauth2(TestUsers.physician("CARD", "D37")).get("/api/v1/alerts?station=physician/D36").then()
                .statusCode(403);
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).get("/api/v1/alerts?station=nurse/W3&size=500").then()
                .statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/alerts?station=office/hospital&size=500").then()
                .statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(TestUsers.his()).get("/api/v1/alerts").then().statusCode(403);
        given().get("/api/v1/alerts").then().statusCode(401);
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/alerts?station=ward/W3").then().statusCode(400)
                .body("errors[0].field", equalTo("station"));
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/alerts?state=DONE").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }

    @Test
    void statsCountHitsAndOverridesByRuleDepartmentAndDoctor() {
        OffsetDateTime from = OffsetDateTime.now().minusMinutes(5);
        String code = AlertReplayTest.freshDoctor();
        String doctor = TestUsers.physician("CARD", code);
        for (int i = 0; i < 2; i++) {
            String encounterId = newEncounterId();
            submit(request(encounter(encounterId, "CARD"), line("O-1", BLOCKED, 1, code)));
            long id = awaitAlertId(encounterId);
            if (i == 0) {
                given().auth().oauth2(doctor).contentType(ContentType.JSON).body(body(null, "EMERGENCY", null))
                        .post("/api/v1/alerts/{id}/feedback", id).then().statusCode(200)
                        .body("state", equalTo("OVERRIDDEN"));
            }
        }
        var byDoctor = given().auth().oauth2(TestUsers.supervisor()).queryParam("from", from.toString())
                .get("/api/v1/alerts/stats").then().statusCode(200)
                .body("byRule.key", hasItem("R-BLOCK")).body("byDepartment.key", hasItem("CARD"))
                .extract().jsonPath().getList("byDoctor.findAll { it.key == '" + code + "' }", Map.class);
        assertThat(byDoctor).hasSize(1);
        assertThat(byDoctor.get(0)).containsEntry("hits", 2).containsEntry("alerts", 2).containsEntry("overridden", 1);
        assertThat(Double.parseDouble(byDoctor.get(0).get("overrideRate").toString())).isEqualTo(0.5);
        given().auth().oauth2(doctor).get("/api/v1/alerts/stats").then().statusCode(403);
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/alerts/stats?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
