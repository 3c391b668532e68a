package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.security.DemoTokens.DemoUser;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(OrderTestProfile.class)
class OrderAuthorisationTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static ValidatableResponse post(String token, Map<String, Object> body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        return spec.post("/api/v1/orders").then();
    }

    static Map<String, Object> order(String encounterId, String department) {
        var unsigned = line("O-2", PLAIN, 1);
        unsigned.remove("doctorCode");
        return request(encounter(encounterId, department), line("O-1", PLAIN, 1), unsigned);
    }

    @Test
    void withoutATokenEverythingIsUnauthorized() {
        var before = Db.orderTableCounts();
        post(null, order(newEncounterId(), "CARD")).statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/encounters/E1/orders").then().statusCode(401);
        given().delete("/api/v1/encounters/E1/orders/O-1").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/orders/0190a6d2-0000-7000-8000-000000000000/decision")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/nhsa/3101").then().statusCode(401);
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    @Test
    void onlyHisAndPhysiciansCheckOrders() {
        var before = Db.orderTableCounts();
        for (String token : List.of(TestUsers.nurse("CARD", "W3"), TestUsers.officer(), TestUsers.supervisor(),
                TestUsers.admin())) {
            post(token, order(newEncounterId(), "CARD")).statusCode(403).contentType("application/problem+json");
        }
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    @Test
    void hisChecksAnyDepartment() {
        post(TestUsers.his(), order(newEncounterId(), "ORTH")).statusCode(200);
        post(TestUsers.his(), order(newEncounterId(), "CARD")).statusCode(200);
    }

    @Test
    void aPhysicianChecksTheirOwnDepartmentAndUnsignedLinesBecomeTheirs() {
        String id = newEncounterId();
        post(TestUsers.physician("CARD", "D01"), order(id, "CARD")).statusCode(200);
        assertThat(Db.rows("SELECT line_id, doctor_code FROM order_line WHERE encounter_id = ? ORDER BY line_id", id))
                .containsExactly(Map.of("line_id", "O-1", "doctor_code", "D01"),
                        Map.of("line_id", "O-2", "doctor_code", "D01"));
        assertThat(Db.rows("SELECT requested_by FROM order_check WHERE encounter_id = ?", id).get(0))
                .containsEntry("requested_by", "dr-D01");
    }

    @Test
    void aPhysicianCannotCheckAnotherDepartmentsEncounter() {
        var before = Db.orderTableCounts();
        post(TestUsers.physician("GAST", "D11"), order(newEncounterId(), "CARD"))
                .statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("encounter.department"));
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    @Test
    void aPhysicianCannotReachAnEncounterRecordedUnderAnotherDepartment() {
        String id = newEncounterId();
        post(TestUsers.his(), order(id, "GAST")).statusCode(200);
        var before = Db.orderTableCounts();
        var claimed = request(encounter(id, "CARD"), line("O-3", PLAIN, 1));
        post(TestUsers.physician("CARD", "D01"), claimed).statusCode(403)
                .body("errors[0].field", equalTo("encounter.department"));
        assertThat(Db.orderTableCounts()).isEqualTo(before);
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).get("/api/v1/encounters/{id}/orders", id)
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).get("/api/v1/encounters/{id}/orders", id)
                .then().statusCode(403);
        given().auth().oauth2(TestUsers.physician("GAST", "D11")).get("/api/v1/encounters/{id}/orders", id)
                .then().statusCode(200).body("department", equalTo("GAST"));
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/encounters/{id}/orders", id)
                .then().statusCode(200);
    }

    @Test
    void aPhysicianWithoutADoctorCodeCannotCheck() {
        String token = TestUsers.token(new DemoUser("dr-x", List.of(Roles.PHYSICIAN), Optional.of("CARD"),
                Optional.empty(), Optional.empty()));
        post(token, order(newEncounterId(), "CARD")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownEncounterIsNotFound() {
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/encounters/{id}/orders", "E-NOBODY")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
