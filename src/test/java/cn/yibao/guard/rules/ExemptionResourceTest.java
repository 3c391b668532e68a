package cn.yibao.guard.rules;

import static cn.yibao.guard.rules.RuleFixtures.hitsFor;
import static cn.yibao.guard.rules.RuleFixtures.sexRule;
import static cn.yibao.guard.rules.RuleFixtures.uniqueCode;
import static cn.yibao.guard.rules.RuleFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.hospital.Department;
import cn.yibao.guard.hospital.Hospital;
import cn.yibao.guard.hospital.HospitalService;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;

/** Waivers of a rule for a patient or a department reach the rule book at once, and can be revoked. */
@QuarkusTest
class ExemptionResourceTest {

    /** Waivers of a department need the department to exist (the demo hospital's CARD). */
    @BeforeEach
    void cardiologyExists() throws Throwable {
        HospitalService hospital = Arc.container().instance(HospitalService.class).get();
        VertxContextSupport.subscribeAndAwait(() -> hospital.save(new Hospital(List.of(new Department("CARD",
                "心血管内科")), List.of(), List.of())));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A female-only rule for a unique code: RuleFixtures.hitsFor (a man, patient P-T, CARD) hits it. */
    static String femaleOnlyRule(String code) {
        String id = uniqueId("waivable");
        as(TestUsers.officer()).body(sexRule(id, code)).post("/api/v1/rules").then().statusCode(201);
        assertThat(hitsFor(code)).hasSize(1);
        return id;
    }

    static Map<String, Object> waiver(String ruleId, String patientId, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("ruleId", ruleId);
        if (patientId != null) {
            body.put("patientId", patientId);
        }
        if (department != null) {
            body.put("department", department);
        }
        body.put("reason", "特药备案 2026-118");
        body.put("reference", "BA-2026-118");
        return body;
    }

    @Test
    void aPatientWaiverSilencesTheRuleUntilRevoked() {
        String code = uniqueCode();
        String rule = femaleOnlyRule(code);
        int id = as(TestUsers.officer()).body(waiver(rule, "P-T", null)).post("/api/v1/rules/exemptions").then()
                .statusCode(201).body("ruleId", equalTo(rule)).body("patientId", equalTo("P-T"))
                .body("createdBy", equalTo("officer")).body("active", equalTo(true))
                .body("reference", equalTo("BA-2026-118")).extract().path("id");
        assertThat(hitsFor(code)).isEmpty();
        as(TestUsers.supervisor()).get("/api/v1/rules/exemptions?ruleId=" + rule).then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(id));

        as(TestUsers.officer()).body(waiver(rule, "P-T", null)).post("/api/v1/rules/exemptions").then()
                .statusCode(409).contentType("application/problem+json");

        as(TestUsers.officer()).body(Map.of("reason", "备案到期")).post("/api/v1/rules/exemptions/" + id + "/revoke")
                .then().statusCode(200).body("revokedBy", equalTo("officer")).body("revokedAt", notNullValue())
                .body("revokeReason", equalTo("备案到期")).body("active", equalTo(false));
        assertThat(hitsFor(code)).hasSize(1);
        as(TestUsers.officer()).body(Map.of()).post("/api/v1/rules/exemptions/" + id + "/revoke").then()
                .statusCode(409);
        as(TestUsers.officer()).get("/api/v1/rules/exemptions?ruleId=" + rule).then().body("", hasSize(0));
        as(TestUsers.officer()).get("/api/v1/rules/exemptions?revoked=true&ruleId=" + rule).then()
                .body("", hasSize(1));
    }

    @Test
    void aDepartmentWaiverSilencesTheRuleInThatDepartment() {
        String code = uniqueCode();
        String rule = femaleOnlyRule(code);
        int id = as(TestUsers.admin()).body(waiver(rule, null, "CARD")).post("/api/v1/rules/exemptions").then()
                .statusCode(201).body("department", equalTo("CARD")).extract().path("id");
        assertThat(hitsFor(code)).isEmpty();
        as(TestUsers.admin()).body(Map.of()).post("/api/v1/rules/exemptions/" + id + "/revoke").then()
                .statusCode(200);
        assertThat(hitsFor(code)).hasSize(1);
    }

    @Test
    void aWaiverOutsideItsValidityDoesNotCount() {
        String code = uniqueCode();
        String rule = femaleOnlyRule(code);
        Map<String, Object> past = waiver(rule, "P-T", null);
        past.put("validFrom", "2020-01-01");
        past.put("validUntil", "2020-12-31");
        as(TestUsers.officer()).body(past).post("/api/v1/rules/exemptions").then().statusCode(201)
                .body("active", equalTo(false));
        assertThat(hitsFor(code)).hasSize(1);
    }

    @Test
    void badWaiversAreRefusedNamingTheField() {
        String rule = femaleOnlyRule(uniqueCode());
        as(TestUsers.officer()).body(waiver(rule, "P-T", "CARD")).post("/api/v1/rules/exemptions").then()
                .statusCode(400).body("errors[0].field", equalTo("patientId"));
        as(TestUsers.officer()).body(waiver(rule, null, null)).post("/api/v1/rules/exemptions").then()
                .statusCode(400).body("errors[0].field", equalTo("patientId"));
        as(TestUsers.officer()).body(waiver("no-such-rule-" + uniqueCode(), "P-T", null))
                .post("/api/v1/rules/exemptions").then().statusCode(400).body("errors[0].field", equalTo("ruleId"));
        as(TestUsers.officer()).body(waiver(rule, null, "NOPE")).post("/api/v1/rules/exemptions").then()
                .statusCode(400).body("errors[0].field", equalTo("department"));
        Map<String, Object> backwards = waiver(rule, "P-T", null);
        backwards.put("validFrom", "2026-12-01");
        backwards.put("validUntil", "2026-11-01");
        as(TestUsers.officer()).body(backwards).post("/api/v1/rules/exemptions").then().statusCode(400)
                .body("errors[0].field", equalTo("validUntil"));
        Map<String, Object> noReason = waiver(rule, "P-T", null);
        noReason.remove("reason");
        as(TestUsers.officer()).body(noReason).post("/api/v1/rules/exemptions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(TestUsers.officer()).get("/api/v1/rules/exemptions?ruleId=" + rule).then().body("", hasSize(0));
        as(TestUsers.officer()).get("/api/v1/rules/exemptions/abc").then().statusCode(404);
    }

    @Test
    void onlyOfficersAndAdminsWaiveRules() {
        String rule = femaleOnlyRule(uniqueCode());
        given().contentType(ContentType.JSON).body(waiver(rule, "P-T", null)).post("/api/v1/rules/exemptions")
                .then().statusCode(401).contentType("application/problem+json");
        as(TestUsers.physician("CARD", "D01")).body(waiver(rule, "P-T", null)).post("/api/v1/rules/exemptions")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestUsers.supervisor()).body(waiver(rule, "P-T", null)).post("/api/v1/rules/exemptions").then()
                .statusCode(403);
        as(TestUsers.physician("CARD", "D01")).get("/api/v1/rules/exemptions").then().statusCode(403);
    }
}
