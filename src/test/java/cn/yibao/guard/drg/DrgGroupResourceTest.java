package cn.yibao.guard.drg;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /api/v1/drg/group: one case in JSON, its group and trace out. */
@QuarkusTest
class DrgGroupResourceTest {

    private static final Map<String, Object> SAMPLE = Map.of("id", "22058878", "sex", 2, "ageYears", 88,
            "losDays", 94, "dischargeMode", "1", "diagnoses", List.of("K22.301", "K11.901", "E11.900", "I10.x05"),
            "procedures", List.of("96.0800x005"));

    @BeforeEach
    void scheme() {
        DrgApi.ensureChsDrg11();
    }

    @Test
    void groupsACaseAndExplainsEveryDecision() {
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(SAMPLE)
                .queryParam("scheme", "chs-drg-1.1").post("/api/v1/drg/group")
                .then().statusCode(200)
                .body("id", equalTo("22058878"))
                .body("scheme", equalTo("chs-drg-1.1"))
                .body("mdc", equalTo("MDCG")).body("adrg", equalTo("GZ1")).body("drg", equalTo("GZ13"))
                .body("status", equalTo("GROUPED")).body("reason", nullValue())
                .body("trace", hasItem("principal diagnosis K22.301 is in the MDCG table"))
                .body("trace", hasItem("K11.901 is a CC; not excluded by table 7-110"));
    }

    @Test
    void withoutSchemeTheConfiguredDefaultGroups() {
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).contentType(ContentType.JSON).body(SAMPLE)
                .post("/api/v1/drg/group")
                .then().statusCode(200).body("scheme", equalTo("chs-drg-1.1")).body("drg", equalTo("GZ13"));
    }

    @Test
    void codesMayComeAsOneStringSeparatedByBars() {
        String body = """
                {"id":"B","sex":2,"ageYears":88,"diagnoses":"K22.301|K11.901","procedures":""}""";
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/drg/group").then().statusCode(200).body("drg", equalTo("GZ13"));
    }

    @Test
    void aCaseThatCannotBeGroupedIsInvalidWithItsReason() {
        given().auth().oauth2(TestUsers.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("id", "N", "sex", 1, "ageYears", 0, "ageDays", 3, "diagnoses", List.of("P59.901")))
                .post("/api/v1/drg/group")
                .then().statusCode(200).body("status", equalTo("INVALID")).body("drg", equalTo("0000"))
                .body("mdc", nullValue())
                .body("reason", equalTo("birth_weight_g is required for a newborn (age ≤ 28 days)"));
    }

    @Test
    void aWrongTypeIsAProblemNamingTheField() {
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                .body("{\"sex\":\"male\",\"diagnoses\":[\"K22.301\"]}")
                .post("/api/v1/drg/group")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sex"));
    }

    @Test
    void anOverlongCodeListIsAProblemNamingTheField() {
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                .body(Map.of("sex", 1, "ageYears", 40, "diagnoses", List.of("K22.301", "x".repeat(40))))
                .post("/api/v1/drg/group")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("diagnoses[1]"));
    }

    @Test
    void anUnknownSchemeIsAProblemNamingTheParameter() {
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(SAMPLE)
                .queryParam("scheme", "no-such-scheme").post("/api/v1/drg/group")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheme"));
    }

    @Test
    void withoutATokenTheRequestIsUnauthorized() {
        given().contentType(ContentType.JSON).body(SAMPLE).post("/api/v1/drg/group")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void nursesDoNotGroup() {
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).contentType(ContentType.JSON).body(SAMPLE)
                .post("/api/v1/drg/group")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
