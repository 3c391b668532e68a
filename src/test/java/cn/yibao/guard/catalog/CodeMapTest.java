package cn.yibao.guard.catalog;

import static cn.yibao.guard.catalog.CatalogApi.importMappings;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CodeMapTest {

    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    static final String ITEM = "CMAP" + RUN + "01";
    static final String GONE = "CMAP" + RUN + "99";

    @Inject
    CatalogService catalog;

    @Test
    void aHisDictionaryImportsAndTheUnmappedReportListsWhatDoesNotResolve() {
        CatalogApi.importCsv("code,name,kind,paymentClass\n" + ITEM + ",尼可地尔片,DRUG,B\n", null).then()
                .statusCode(200);
        String dictionary = "hisCode,hisName,nationalCode\n"
                + his(1) + ",尼可地尔片(喜格迈)," + ITEM + "\n"
                + his(2) + ",院内制剂 复方甘草口服液,\n"
                + his(3) + ",停用规格," + GONE + "\n";
        importMappings(CatalogApi.CSV, dictionary, null).then().statusCode(200)
                .body("received", equalTo(3)).body("inserted", equalTo(3))
                .body("warnings", hasItem("HIS code " + his(3) + " is mapped to " + GONE
                        + ", which is not in the catalogue"));

        assertThat(catalog.snapshot().resolve(null, his(1), null)).hasValueSatisfying(
                item -> assertThat(item.code()).isEqualTo(ITEM));
        assertThat(catalog.snapshot().resolve(null, his(2), null)).isEmpty();

        given().auth().oauth2(TestUsers.physician("CARD", "D01")).get("/api/v1/catalog/code-map/unmapped").then()
                .statusCode(200)
                .body("codes.find { it.hisCode == '" + his(2) + "' }.reason", equalTo("NO_NATIONAL_CODE"))
                .body("codes.find { it.hisCode == '" + his(3) + "' }.reason", equalTo("NOT_IN_CATALOGUE"))
                .body("codes.find { it.hisCode == '" + his(3) + "' }.nationalCode", equalTo(GONE))
                .body("codes.hisCode", not(hasItem(his(1))));
        String csv = new String(given().auth().oauth2(TestUsers.nurse("CARD", "W3")).queryParam("format", "csv")
                .get("/api/v1/catalog/code-map/unmapped").then().statusCode(200).contentType("text/csv")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("hisCode,hisName,nationalCode,reason\n")
                .contains(his(2) + ",院内制剂 复方甘草口服液,,NO_NATIONAL_CODE\n")
                .contains(his(3) + ",停用规格," + GONE + ",NOT_IN_CATALOGUE\n")
                .doesNotContain(his(1) + ",");
    }

    @Test
    void mappingACodeToAnItemAddedLaterResolvesIt() {
        importMappings(CatalogApi.JSON, "[{\"hisCode\": \"" + his(4) + "\", \"hisName\": \"新药\", "
                + "\"nationalCode\": \"" + ITEM + "X\"}]", null).then().statusCode(200);
        given().auth().oauth2(TestUsers.his()).get("/api/v1/catalog/code-map/unmapped").then().statusCode(200)
                .body("codes.hisCode", hasItem(his(4)));
        CatalogApi.importCsv("code,name,kind,paymentClass\n" + ITEM + "X,新药,DRUG,A\n", null).then()
                .statusCode(200);
        given().auth().oauth2(TestUsers.his()).get("/api/v1/catalog/code-map/unmapped").then().statusCode(200)
                .body("codes.hisCode", not(hasItem(his(4))));
        assertThat(catalog.snapshot().resolve(null, his(4), null)).isPresent();
    }

    @Test
    void singleMappingsAreEditedAndRemoved() {
        CatalogApi.importCsv("code,name,kind,paymentClass\n" + ITEM + ",尼可地尔片,DRUG,B\n", null).then()
                .statusCode(200);
        given().auth().oauth2(TestUsers.officer()).contentType("application/json")
                .body("{\"hisName\": \"手工对照\"}").put("/api/v1/catalog/code-map/" + his(5)).then()
                .statusCode(201).body("inCatalogue", equalTo(false)).body("updatedBy", equalTo("officer"));
        given().auth().oauth2(TestUsers.admin()).contentType("application/json")
                .body("{\"hisName\": \"手工对照\", \"nationalCode\": \"" + ITEM + "\"}")
                .put("/api/v1/catalog/code-map/" + his(5)).then().statusCode(200)
                .body("nationalCode", equalTo(ITEM)).body("inCatalogue", equalTo(true));
        assertThat(catalog.snapshot().mapHisCode(his(5))).contains(ITEM);
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).get("/api/v1/catalog/code-map/" + his(5)).then()
                .statusCode(200).body("hisName", equalTo("手工对照"));
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).queryParam("q", his(5)).queryParam("mapped", "true")
                .get("/api/v1/catalog/code-map").then().statusCode(200).body("items.hisCode", hasItem(his(5)));
        given().auth().oauth2(TestUsers.officer()).delete("/api/v1/catalog/code-map/" + his(5)).then().statusCode(204);
        assertThat(catalog.snapshot().mapHisCode(his(5))).isEmpty();
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/catalog/code-map/" + his(5)).then().statusCode(404);
    }

    @Test
    void aBadDictionaryRowFailsTheWholeImport() {
        String dictionary = "hisCode,hisName,nationalCode\n"
                + his(6) + ",好,\n"
                + his(7) + ",,\n"
                + "H " + RUN + ",空格,\n"
                + his(6) + ",重复,\n"
                + his(8) + ",坏码,BAD|CODE\n";
        importMappings(CatalogApi.CSV, dictionary, null).then().statusCode(400)
                .body("errors.field", hasItems("row 3, column hisName", "row 4, column hisCode",
                        "row 5, column hisCode", "row 6, column nationalCode"));
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/catalog/code-map/" + his(6)).then().statusCode(404);
        given().auth().oauth2(TestUsers.officer()).contentType("application/json").body("{\"hisName\": \"\"}")
                .put("/api/v1/catalog/code-map/" + his(9)).then().statusCode(400)
                .body("errors.field", hasItem("hisName"));
    }

    @Test
    void theCodeMapExportsInBothFormats() {
        importMappings(CatalogApi.CSV, "hisCode,hisName,nationalCode\n" + his(10) + ",\"名称, 含逗号\",\n", null)
                .then().statusCode(200);
        String csv = new String(given().auth().oauth2(TestUsers.his()).queryParam("format", "csv")
                .get("/api/v1/catalog/code-map:export").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("hisCode,hisName,nationalCode\n").contains(his(10) + ",\"名称, 含逗号\",\n");
        given().auth().oauth2(TestUsers.his()).queryParam("format", "json").get("/api/v1/catalog/code-map:export")
                .then().statusCode(200).body("find { it.hisCode == '" + his(10) + "' }.hisName", equalTo("名称, 含逗号"));
    }

    private static String his(int n) {
        return "H-" + RUN + "-" + n;
    }
}
