package cn.yibao.guard.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogItemEndpointsTest {

    /** Codes unique to this run, so that leftovers of an earlier run do not matter. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    static final String TIGECYCLINE = """
            {"name": "注射用替加环素 50mg", "kind": "DRUG", "paymentClass": "B", "selfPayRatio": 0.2,
             "priceCap": 298.00, "genericName": "替加环素CRUD%s", "ingredient": "替加环素", "drugClass": "甘氨酰环素类",
             "unit": "支", "restrictions": {"minAgeYears": 18, "indications": ["A41", "J15"], "note": "限重症感染"}}
            """.formatted(RUN);

    @Inject
    CatalogService catalog;

    @Test
    void anOfficerCreatesChangesFindsAndRemovesAnItem() {
        String code = code(1);
        put(TestUsers.officer(), code, TIGECYCLINE).then().statusCode(201)
                .body("code", equalTo(code)).body("updatedBy", equalTo("officer"))
                .body("updatedAt", startsWith("20")).body("restrictions.note", equalTo("限重症感染"));
        assertThat(catalog.snapshot().item(code)).hasValueSatisfying(item -> {
            assertThat(item.restrictions().indications()).containsExactly("A41", "J15");
            assertThat(item.priceCap()).isEqualByComparingTo("298");
        });

        long before = CatalogApi.version();
        put(TestUsers.admin(), code, TIGECYCLINE.replace("298.00", "268.5")).then().statusCode(200)
                .body("priceCap", equalTo(268.5f)).body("updatedBy", equalTo("admin"));
        assertThat(CatalogApi.version()).isGreaterThan(before);
        assertThat(catalog.snapshot().item(code).orElseThrow().priceCap()).isEqualByComparingTo("268.5");

        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).queryParam("q", "替加环素crud" + RUN.toLowerCase()).get("/api/v1/catalog/items")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo(code));
        given().auth().oauth2(TestUsers.his()).queryParam("q", "CRUD" + RUN).queryParam("kind", "DRUG")
                .get("/api/v1/catalog/items").then().statusCode(200).body("items.code", hasItem(code));
        given().auth().oauth2(TestUsers.his()).queryParam("q", "CRUD" + RUN).queryParam("kind", "service")
                .get("/api/v1/catalog/items").then().statusCode(200).body("items.code", not(hasItem(code)));

        given().auth().oauth2(TestUsers.officer()).delete("/api/v1/catalog/items/" + code).then().statusCode(204);
        assertThat(catalog.snapshot().item(code)).isEmpty();
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/catalog/items/" + code).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestUsers.officer()).delete("/api/v1/catalog/items/" + code).then().statusCode(404);
    }

    @Test
    void anUnchangedPutKeepsTheVersion() {
        String code = code(2);
        put(TestUsers.officer(), code, TIGECYCLINE).then().statusCode(201);
        long version = CatalogApi.version();
        put(TestUsers.officer(), code, TIGECYCLINE.replace("298.00", "298")).then().statusCode(200)
                .header("X-Catalog-Version", equalTo(Long.toString(version)));
        assertThat(CatalogApi.version()).isEqualTo(version);
    }

    @Test
    void validationProblemsNameTheField() {
        String code = code(3);
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"sex\": 3}}", "restrictions.sex");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"minAgeYears\": 60, \"maxAgeYears\": 18}}", "restrictions.maxAgeYears");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"minAgeYears\": 151}}", "restrictions.minAgeYears");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"minHospitalLevel\": 4}}", "restrictions.minHospitalLevel");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"B\", \"selfPayRatio\": 1.5}",
                "selfPayRatio");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", \"priceCap\": -0.01}",
                "priceCap");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"maxQuantityPerDay\": -1}}", "restrictions.maxQuantityPerDay");
        expectField(code, "{\"name\": \" \", \"kind\": \"DRUG\", \"paymentClass\": \"A\"}", "name");
        expectField(code, "{\"name\": \"x\", \"kind\": \"PILL\", \"paymentClass\": \"A\"}", "kind");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"sex\": \"1\"}}", "restrictions.sex");
        expectField(code, "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\", "
                + "\"restrictions\": {\"indications\": [\"J15\", \"\"]}}", "restrictions.indications[1]");
        expectField(code, "{\"code\": \"OTHER\", \"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\"}",
                "code");
        expectField("X".repeat(33), "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\"}", "code");
        expectField("BAD|CODE", "{\"name\": \"x\", \"kind\": \"DRUG\", \"paymentClass\": \"A\"}", "code");
        assertThat(catalog.snapshot().item(code)).isEmpty();
    }

    @Test
    void searchPagesAreBoundedAndNamed() {
        given().auth().oauth2(TestUsers.officer()).queryParam("size", 501).get("/api/v1/catalog/items").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestUsers.officer()).queryParam("page", "first").get("/api/v1/catalog/items").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestUsers.officer()).queryParam("kind", "PILL").get("/api/v1/catalog/items").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestUsers.officer()).queryParam("size", 2).get("/api/v1/catalog/items").then()
                .statusCode(200).body("size", equalTo(2)).body("total", greaterThanOrEqualTo(0));
    }

    @Test
    void withoutATokenEverythingIsUnauthorized() {
        given().get("/api/v1/catalog/items").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/catalog/items/X").then().statusCode(401);
        given().get("/api/v1/catalog/items:export").then().statusCode(401);
        given().get("/api/v1/catalog/version").then().statusCode(401);
        given().get("/api/v1/catalog/code-map/unmapped").then().statusCode(401);
        given().contentType(CatalogApi.CSV).body("code,name,kind,paymentClass\n")
                .post("/api/v1/catalog/items:import").then().statusCode(401);
        given().contentType("application/json").body(TIGECYCLINE).put("/api/v1/catalog/items/CRUD1").then()
                .statusCode(401);
    }

    @Test
    void physiciansNursesAndHisReadButDoNotWrite() {
        String physician = TestUsers.physician("CARD", "D01");
        String nurse = TestUsers.nurse("CARD", "W3");
        for (String reader : new String[] {physician, nurse, TestUsers.his(), TestUsers.supervisor()}) {
            given().auth().oauth2(reader).get("/api/v1/catalog/items").then().statusCode(200);
            given().auth().oauth2(reader).get("/api/v1/catalog/version").then().statusCode(200);
            given().auth().oauth2(reader).get("/api/v1/catalog/changes").then().statusCode(200);
            given().auth().oauth2(reader).get("/api/v1/catalog/code-map").then().statusCode(200);
        }
        for (String writer : new String[] {physician, nurse, TestUsers.his(), TestUsers.supervisor()}) {
            put(writer, code(4), TIGECYCLINE).then().statusCode(403)
                    .contentType("application/problem+json");
            CatalogApi.importItems(writer, CatalogApi.CSV, "code,name,kind,paymentClass\nCRUD4,x,DRUG,A\n", null)
                    .then().statusCode(403);
            given().auth().oauth2(writer).delete("/api/v1/catalog/items/" + code(4)).then()
                    .statusCode(403);
            given().auth().oauth2(writer).contentType("application/json").body("{\"hisName\": \"x\"}")
                    .put("/api/v1/catalog/code-map/H-CRUD").then().statusCode(403);
        }
        assertThat(catalog.snapshot().item(code(4))).isEmpty();
    }

    @Test
    void theChangeLogSaysWhoChangedWhatAndWhen() {
        put(TestUsers.officer(), code(5), TIGECYCLINE).then().statusCode(anyOf201or200());
        given().auth().oauth2(TestUsers.officer()).delete("/api/v1/catalog/items/" + code(5)).then()
                .statusCode(204);
        given().auth().oauth2(TestUsers.supervisor()).queryParam("limit", 2).get("/api/v1/catalog/changes").then()
                .statusCode(200).body("[0].operation", equalTo("ITEM-DELETE"))
                .body("[0].detail", equalTo("item " + code(5))).body("[0].changedBy", equalTo("officer"))
                .body("[0].itemCount", equalTo(1)).body("[0].changedAt", not(nullValue()))
                .body("version", everyItem(greaterThanOrEqualTo(1)));
    }

    private static String code(int n) {
        return "CRUD" + RUN + "0" + n;
    }

    private static org.hamcrest.Matcher<Integer> anyOf201or200() {
        return org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201));
    }

    private static io.restassured.response.Response put(String token, String code, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/catalog/items/" + code);
    }

    private static void expectField(String code, String body, String field) {
        put(TestUsers.officer(), code, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
