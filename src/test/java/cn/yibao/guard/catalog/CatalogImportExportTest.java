package cn.yibao.guard.catalog;

import static cn.yibao.guard.catalog.CatalogApi.export;
import static cn.yibao.guard.catalog.CatalogApi.importCsv;
import static cn.yibao.guard.catalog.CatalogApi.importJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogImportExportTest {

    /** Every column, quotes, commas, Chinese text, lists and decimals in non-canonical form. */
    static final String CATALOGUE = """
            code,name,kind,paymentClass,selfPayRatio,priceCap,genericName,ingredient,drugClass,unit,sex,minAgeYears,\
            maxAgeYears,minHospitalLevel,visitType,indications,maxQuantityPerDay,maxQuantityPerStay,maxPaymentDays,\
            firstLineItems,requiresItems,excludesItems,insuranceTypes,note
            RT0000000000000000001,注射用头孢曲松钠 1g,DRUG,A,,6.50,头孢曲松,头孢曲松,第三代头孢菌素,支,,,,,,,,,,,,,,
            RT0000000000000000002,注射用美罗培南 0.5g,DRUG,乙,0.20,45,美罗培南,美罗培南,碳青霉烯类,支,,18,,3,\
            INPATIENT,A41|J15,3,42.5,14,RT0000000000000000001,,,EMPLOYEE|RESIDENT,"限重症感染, 二线用药"
            RT0000000000000000003,"戊酸雌二醇片 ""补佳乐""\",DRUG,B,0.1,1.10,戊酸雌二醇,雌二醇,雌激素类,片,2,,,,,,,,,,,,,
            RT0000000000000000004,小儿氨酚黄那敏颗粒,DRUG,A,,0.8,小儿氨酚黄那敏,对乙酰氨基酚,解热镇痛药,袋,,0,17,,,,,,,,,,,限儿童
            001102000050000,住院诊查费,SERVICE,A,,20,,,,日,,,,,INPATIENT,,1,,,,,001102000010000,,
            001206000010100,静脉输液(每增加一组),SERVICE,A,,2,,,,组,,,,,,,,,,,001206000010000,,,
            RT0000000000000000007,植入式双腔心脏起搏器,MATERIAL,B,0.3,18500.00,,,,套,,,,2,,,,,,,,,WORK_INJURY,
            """;

    @Inject
    CatalogService catalog;

    private String saved;

    @BeforeEach
    void keepTheCatalogue() {
        saved = catalog.snapshot().size() > 0 ? export("json") : null;
    }

    @AfterEach
    void restoreTheCatalogue() {
        if (saved != null) {
            CatalogApi.importJsonCompressed(saved, "replace").then().statusCode(200);
        }
    }

    @Test
    void csvExportThenImportGivesTheSameCatalogue() {
        importCsv(CATALOGUE, "replace").then().statusCode(200)
                .body("mode", equalTo("REPLACE")).body("received", equalTo(7)).body("warnings", hasItems(
                        "001206000010100 requiresItems: 001206000010000 is not in the catalogue"));
        String first = export("csv");
        assertThat(first).startsWith(String.join(",", ItemCsv.HEADER) + "\n");
        assertThat(first).contains("RT0000000000000000002,注射用美罗培南 0.5g,DRUG,B,0.2,45,美罗培南,美罗培南,"
                + "碳青霉烯类,支,,18,,3,INPATIENT,A41|J15,3,42.5,14,RT0000000000000000001,,,EMPLOYEE|RESIDENT,"
                + "\"限重症感染, 二线用药\"");
        assertThat(first).contains("\"戊酸雌二醇片 \"\"补佳乐\"\"\"");
        assertThat(first.lines().count()).isEqualTo(8);

        long version = CatalogApi.version();
        importCsv(first, "replace").then().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(7))
                .body("removed", equalTo(0)).body("version", equalTo((int) version));
        assertThat(export("csv")).isEqualTo(first);
    }

    @Test
    void jsonExportThenImportGivesTheSameCatalogue() {
        importCsv(CATALOGUE, "replace").then().statusCode(200);
        String json = export("json");
        given().auth().oauth2(TestUsers.admin()).get("/api/v1/catalog/items/RT0000000000000000002").then()
                .statusCode(200).body("restrictions.indications", hasItems("A41", "J15"))
                .body("restrictions.firstLineItems[0]", equalTo("RT0000000000000000001"))
                .body("selfPayRatio", equalTo(0.2f)).body("updatedBy", notNullValue());

        importJson(json, "replace").then().statusCode(200).body("unchanged", equalTo(7))
                .body("inserted", equalTo(0)).body("updated", equalTo(0));
        assertThat(export("json")).isEqualTo(json);
        // the two formats describe the same catalogue
        String csv = export("csv");
        importJson(json, "replace").then().statusCode(200);
        assertThat(export("csv")).isEqualTo(csv);
    }

    @Test
    void upsertAddsAndChangesButKeepsWhatTheFileDoesNotName() {
        importCsv(CATALOGUE, "replace").then().statusCode(200);
        String change = "code,name,kind,paymentClass,priceCap\n"
                + "RT0000000000000000001,注射用头孢曲松钠 1g,DRUG,A,7\n"
                + "RT0000000000000000008,新药,DRUG,C,99\n";
        importCsv(change, null).then().statusCode(200).body("mode", equalTo("UPSERT"))
                .body("inserted", equalTo(1)).body("updated", equalTo(1)).body("removed", equalTo(0));
        assertThat(catalog.snapshot().size()).isEqualTo(8);
        assertThat(catalog.snapshot().item("RT0000000000000000001").orElseThrow().priceCap())
                .isEqualByComparingTo("7");
        // the upsert named no ingredient for the first item, so it has none now
        assertThat(catalog.snapshot().item("RT0000000000000000001").orElseThrow().ingredient()).isNull();
    }

    @Test
    void oneBadRowFailsTheWholeImportAndChangesNothing() {
        importCsv(CATALOGUE, "replace").then().statusCode(200);
        long version = CatalogApi.version();
        String before = export("csv");
        String bad = "code,name,kind,paymentClass,priceCap,sex\n"
                + "RT0000000000000000009,好药,DRUG,A,1,\n"
                + "RT0000000000000000001,改名,DRUG,A,1,\n"
                + "RT0000000000000000010,坏药,DRUG,A,-3,1\n"
                + "RT0000000000000000011,坏药,DRUG,A,5,3\n";
        importCsv(bad, "replace").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("row 4, column priceCap", "row 5, column sex"))
                .body("errors.find { it.field == 'row 4, column priceCap' }.message", equalTo("must be a decimal ≥ 0"));
        assertThat(CatalogApi.version()).isEqualTo(version);
        assertThat(export("csv")).isEqualTo(before);
        assertThat(catalog.snapshot().item("RT0000000000000000009")).isEmpty();
    }

    @Test
    void aBadJsonElementIsNamedByItsPath() {
        importCsv(CATALOGUE, "replace").then().statusCode(200);
        long version = CatalogApi.version();
        String bad = """
                [{"code": "RT0000000000000000012", "name": "好药", "kind": "DRUG", "paymentClass": "A"},
                 {"code": "RT0000000000000000013", "name": "坏药", "kind": "DRUG", "paymentClass": "B",
                  "selfPayRatio": 1.5, "restrictions": {"minAgeYears": 60, "maxAgeYears": 18}}]
                """;
        importJson(bad, null).then().statusCode(400)
                .body("errors.field", hasItems("[1].selfPayRatio", "[1].restrictions.maxAgeYears"));
        importJson("[{\"code\": \"RT0000000000000000014\", \"name\": \"x\", \"kind\": \"DRUG\", "
                + "\"paymentClass\": \"A\", \"restrictions\": {\"sex\": \"1\"}}]", null).then().statusCode(400)
                .body("errors[0].field", equalTo("[0].restrictions.sex"));
        importJson("[{\"code\": ", null).then().statusCode(400).contentType("application/problem+json");
        assertThat(CatalogApi.version()).isEqualTo(version);
        assertThat(catalog.snapshot().item("RT0000000000000000012")).isEmpty();
    }

    @Test
    void aCompressedFileImportsLikeAPlainOne() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(CATALOGUE.getBytes(StandardCharsets.UTF_8));
        }
        given().auth().oauth2(TestUsers.admin()).contentType(CatalogApi.CSV).header("Content-Encoding", "gzip")
                .queryParam("mode", "replace").body(packed.toByteArray())
                .post("/api/v1/catalog/items:import").then().statusCode(200).body("received", equalTo(7));
        assertThat(catalog.snapshot().item("RT0000000000000000004")).isPresent();
    }

    @Test
    void aTwentyThousandItemCatalogueImportsInOneCompressedRequestAndExportsBackIdentically() throws Exception {
        Catalog synthetic = SyntheticCatalog.catalog(20_000, 42);
        String csv = ItemExport.csvText(synthetic);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        given().auth().oauth2(TestUsers.officer()).contentType(CatalogApi.CSV).header("Content-Encoding", "gzip")
                .queryParam("mode", "replace").body(packed.toByteArray())
                .post("/api/v1/catalog/items:import").then().statusCode(200).body("received", equalTo(20_000));
        assertThat(catalog.snapshot().size()).isEqualTo(20_000);
        assertThat(export("csv")).isEqualTo(csv);
    }

    @Test
    void replacingWithAnEmptyFileOrAnUnknownModeIsRefused() {
        importCsv(String.join(",", ItemCsv.HEADER) + "\n", "replace").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        importCsv(CATALOGUE, "merge").then().statusCode(400).body("errors[0].field", equalTo("mode"));
        given().auth().oauth2(TestUsers.officer()).contentType("application/xml").body("<items/>")
                .post("/api/v1/catalog/items:import").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void exportNamesItsVersionAndRefusesUnknownFormats() {
        importCsv(CATALOGUE, "replace").then().statusCode(200);
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).queryParam("format", "csv")
                .get("/api/v1/catalog/items:export").then().statusCode(200)
                .contentType("text/csv")
                .header("X-Catalog-Version", equalTo(Long.toString(CatalogApi.version())));
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).accept("application/json")
                .get("/api/v1/catalog/items:export").then().statusCode(200).contentType("application/json")
                .body("code", hasItem("RT0000000000000000001"));
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).queryParam("format", "xlsx")
                .get("/api/v1/catalog/items:export").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
