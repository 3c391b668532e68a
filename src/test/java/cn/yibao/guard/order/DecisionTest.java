package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.BLOCKED;
import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The physician's decision at signing, and withdrawn orders. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class DecisionTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static String checkId(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/orders")
                .then().statusCode(200).extract().path("checkId");
    }

    static ValidatableResponse decide(String token, String checkId, Map<String, Object> decision) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/orders/{id}/decision", checkId).then();
    }

    static Map<String, Object> decision(List<String> lineIds, String outcome, String reason, String comment) {
        var d = new java.util.LinkedHashMap<String, Object>();
        d.put("lineIds", lineIds);
        d.put("outcome", outcome);
        d.put("reasonCode", reason);
        d.put("comment", comment);
        return d;
    }

    static String physician() {
        return TestUsers.physician("CARD", "D01");
    }

    /** A WARN check of two lines, O-2 over the stay cap. */
    static String warnCheck(String encounterId) {
        return checkId(physician(), request(encounter(encounterId, "CARD"), line("O-1", PLAIN, 1),
                line("O-2", CAPPED, 11)));
    }

    @Test
    void anOverrideIsRecordedWithWhoAndWhenAndReason() {
        String id = newEncounterId();
        String check = warnCheck(id);
        decide(physician(), check, decision(List.of("O-2"), "OVERRIDDEN", "CLINICAL_NEED", "评估后继续"))
                .statusCode(201)
                .body("id", notNullValue())
                .body("checkId", equalTo(check))
                .body("encounterId", equalTo(id))
                .body("lineIds", contains("O-2"))
                .body("outcome", equalTo("OVERRIDDEN"))
                .body("reasonCode", equalTo("CLINICAL_NEED"))
                .body("decidedBy", equalTo("dr-D01"))
                .body("doctorCode", equalTo("D01"))
                .body("decidedAt", notNullValue());
        assertThat(Db.rows("SELECT outcome, reason_code, decided_by FROM order_decision WHERE check_id = ?::uuid",
                check)).containsExactly(Map.of("outcome", "OVERRIDDEN", "reason_code", "CLINICAL_NEED",
                "decided_by", "dr-D01"));
        given().auth().oauth2(physician()).get("/api/v1/encounters/{id}/orders", id).then().statusCode(200)
                .body("lines.find { it.lineId == 'O-2' }.decision", equalTo("OVERRIDDEN"))
                .body("checks[0].decisions[0].reasonCode", equalTo("CLINICAL_NEED"));
    }

    @Test
    void anOverrideNeedsAKnownReasonCode() {
        String check = warnCheck(newEncounterId());
        decide(physician(), check, decision(List.of("O-2"), "OVERRIDDEN", null, null))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reasonCode"));
        decide(physician(), check, decision(List.of("O-2"), "OVERRIDDEN", "BECAUSE", null))
                .statusCode(400).body("errors[0].field", equalTo("reasonCode"));
        decide(physician(), check, decision(List.of("O-2"), "OVERRIDDEN", "OTHER", " "))
                .statusCode(400).body("errors[0].field", equalTo("comment"));
        decide(physician(), check, decision(List.of("O-2"), "SHRUGGED", null, null))
                .statusCode(400).body("errors[0].field", equalTo("outcome"));
        assertThat(Db.count("SELECT count(*) FROM order_decision WHERE check_id = ?::uuid", check)).isZero();
    }

    @Test
    void theReasonsOnOfferAreListed() {
        given().auth().oauth2(physician()).get("/api/v1/orders/override-reasons").then().statusCode(200)
                .body("code", hasItem("CLINICAL_NEED"))
                .body("find { it.code == 'OTHER' }.requiresComment", equalTo(true));
    }

    @Test
    void onlyLinesOfTheCheckCanBeDecided() {
        String check = warnCheck(newEncounterId());
        decide(physician(), check, decision(List.of("O-2", "O-9"), "ACCEPTED", null, null))
                .statusCode(400).body("errors[0].field", equalTo("lineIds[1]"));
    }

    @Test
    void aPassingCheckTakesNoDecision() {
        String check = checkId(physician(), request(encounter(newEncounterId(), "CARD"), line("O-1", PLAIN, 1)));
        decide(physician(), check, decision(List.of("O-1"), "ACCEPTED", null, null))
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anUnknownCheckIsNotFound() {
        decide(physician(), "0190a6d2-0000-7000-8000-000000000000", decision(List.of("O-1"), "ACCEPTED", null, null))
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPhysicianOfAnotherDepartmentCannotDecide() {
        String check = warnCheck(newEncounterId());
        decide(TestUsers.physician("GAST", "D11"), check, decision(List.of("O-2"), "ACCEPTED", null, null))
                .statusCode(403).contentType("application/problem+json");
        decide(TestUsers.nurse("CARD", "W3"), check, decision(List.of("O-2"), "ACCEPTED", null, null))
                .statusCode(403);
    }

    @Test
    void cancellingWithdrawsTheLinesSoTheyStopCounting() {
        String id = newEncounterId();
        String check = checkId(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", BLOCKED, 1),
                line("O-2", CAPPED, 8)));
        decide(TestUsers.his(), check, decision(List.of("O-1", "O-2"), "CANCELLED", null, "改用其他药品"))
                .statusCode(201);
        assertThat(Db.rows("SELECT status, withdrawn_how FROM order_line WHERE encounter_id = ? ORDER BY line_id", id))
                .containsOnly(Map.of("status", "WITHDRAWN", "withdrawn_how", "CANCELLED"));
        // 8 cancelled units no longer count against the cap of 10.
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                .body(request(encounter(id, "CARD"), line("O-3", CAPPED, 8))).post("/api/v1/orders")
                .then().statusCode(200).body("verdict", equalTo("PASS"));
        // A cancelled line cannot be overridden afterwards.
        decide(TestUsers.his(), check, decision(List.of("O-2"), "OVERRIDDEN", "CLINICAL_NEED", null))
                .statusCode(409);
    }

    @Test
    void withdrawingIsIdempotentAndUnknownLinesAreNotFound() {
        String id = newEncounterId();
        checkId(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", PLAIN, 1), line("O-2", PLAIN, 1)));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(physician()).delete("/api/v1/encounters/{id}/orders/{line}", id, "O-1")
                    .then().statusCode(204);
        }
        given().auth().oauth2(physician()).delete("/api/v1/encounters/{id}/orders/{line}", id, "O-9")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(physician()).delete("/api/v1/encounters/{id}/orders/{line}", "E-NOBODY", "O-1")
                .then().statusCode(404);
        given().auth().oauth2(TestUsers.physician("GAST", "D11"))
                .delete("/api/v1/encounters/{id}/orders/{line}", id, "O-2").then().statusCode(403);
        given().auth().oauth2(TestUsers.nurse("CARD", "W3"))
                .delete("/api/v1/encounters/{id}/orders/{line}", id, "O-2").then().statusCode(403);
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).get("/api/v1/encounters/{id}/orders", id).then()
                .statusCode(200)
                .body("lines.lineId", contains("O-1", "O-2"))
                .body("lines.status", contains("WITHDRAWN", "ACTIVE"))
                .body("lines[0].withdrawnHow", equalTo("WITHDRAWN"))
                .body("lines[1].verdict", equalTo("PASS"));
    }
}
