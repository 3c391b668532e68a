package cn.yibao.guard.rules.nhsa;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.Orders;
import cn.yibao.guard.rules.RuleService;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EncounterFacts;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Importing the published batches over REST. Imported rules start disabled, so these imports never judge other
 * tests' orders; a test that enables a batch disables it again.
 */
@QuarkusTest
class NhsaBatchResourceTest {

    static final String BATCHES = "/api/v1/rules/batches/";
    static final String FRUCTOSAMINE = "002503020020000";

    static ValidatableResponse importCsv(String token, String type, byte[] csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv)
                .post(BATCHES + type + "?fileName=" + type + ".csv").then();
    }

    static String text(String file) {
        return new String(NhsaFiles.bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ValidatableResponse patch(String type, Map<String, Object> body) {
        return given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON).body(body)
                .patch(BATCHES + type).then();
    }

    @Test
    void onlyOfficersAndAdminsImport() {
        byte[] csv = NhsaFiles.bytes("b8-4-item-cycle.csv");
        given().contentType("text/csv").body(csv).post(BATCHES + "b8-4-item-cycle").then().statusCode(401)
                .contentType("application/problem+json");
        importCsv(TestUsers.physician("CARD", "D01"), "b8-4-item-cycle", csv).statusCode(403)
                .contentType("application/problem+json");
        importCsv(TestUsers.supervisor(), "b8-4-item-cycle", csv).statusCode(403);
        importCsv(TestUsers.admin(), "b8-4-item-cycle", csv).statusCode(200);
        given().auth().oauth2(TestUsers.supervisor()).get(BATCHES).then().statusCode(200)
                .body("batchType", hasItem("b1-drug-sex"));
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).get(BATCHES).then().statusCode(403);
        importCsv(TestUsers.officer(), "b9-nothing", csv).statusCode(404);
    }

    @Test
    void csvAndXlsxOfABatchGiveTheSameRules() throws Exception {
        importCsv(TestUsers.officer(), "b8-4-item-cycle", NhsaFiles.bytes("b8-4-item-cycle.csv")).statusCode(200)
                .body("rules", equalTo(14)).body("dataRows", equalTo(14)).body("format", equalTo("csv"));
        byte[] xlsx = Files.readAllBytes(NhsaFiles.xlsxPath(BatchType.B8_4_CYCLE));
        given().auth().oauth2(TestUsers.officer()).contentType(SheetReader.XLSX_MEDIA_TYPE).body(xlsx)
                .post(BATCHES + "b8-4-item-cycle?fileName=周期.xlsx").then().statusCode(200)
                .body("format", equalTo("xlsx")).body("fileName", equalTo("周期.xlsx"))
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(14))
                .body("retired", equalTo(0)).body("checksum", equalTo(NhsaBatchService.sha256(xlsx)));
        given().auth().oauth2(TestUsers.officer()).get(BATCHES + "b8-4-item-cycle").then().statusCode(200)
                .body("imported", equalTo(true)).body("rules", equalTo(14))
                .body("lastImport.format", equalTo("xlsx")).body("lastImport.importedBy", equalTo("officer"));
        given().auth().oauth2(TestUsers.officer()).get(BATCHES + "b8-4-item-cycle/imports").then().statusCode(200)
                .body("[0].fileName", equalTo("周期.xlsx")).body("[1].format", equalTo("csv"));
    }

    @Test
    void aDrugBatchImportsWithItsCodesFile() {
        given().auth().oauth2(TestUsers.officer())
                .multiPart("file", "b3-drug-insurance-type.csv", NhsaFiles.bytes("b3-drug-insurance-type.csv"),
                        "text/csv")
                .multiPart("codes", "b3-drug-insurance-type-codes.csv",
                        NhsaFiles.bytes("b3-drug-insurance-type-codes.csv"), "text/csv")
                .post(BATCHES + "b3-drug-insurance-type").then().statusCode(200).body("rules", equalTo(12))
                .body("drugCodes", equalTo(112)).body("codesFileName", equalTo("b3-drug-insurance-type-codes.csv"))
                .body("tiers.severity", equalTo("CRITICAL")).body("tiers.action", equalTo("BLOCK"));
        RuleService rules = Arc.container().instance(RuleService.class).get();
        assertThat(given().auth().oauth2(TestUsers.officer()).get("/api/v1/rules/b3-drug-insurance-type:"
                + BatchParser.hash("疤痕止痒软化膏")).then().statusCode(200).extract().jsonPath()
                .getList("parameters.items")).hasSize(3);
        assertThat(rules.currentBook()).isNotNull();
    }

    @Test
    void aCorrectedBatchMakesNewVersionsAndRetiresRowsThatDisappeared() {
        String published = text("b8-1-item-frequency.csv");
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(published)).statusCode(200)
                .body("skipped", equalTo(2)).body("skippedRows[0].row", equalTo(69))
                .body("skippedRows[1].reason", startsWith("备注 footnote"));
        String corrected = published.replace("1,门急诊留观诊查费,1,日", "1,门急诊留观诊查费,2,日")
                .replaceAll("67,外固定架使用,1,日,004200000100000\r?\n", "");
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(corrected)).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(65))
                .body("retired", equalTo(1)).body("rules", equalTo(66));
        given().auth().oauth2(TestUsers.officer())
                .get("/api/v1/rules/b8-1-item-frequency:001102000040000/versions").then().statusCode(200)
                .body("[-1].parameters.maxPerDay", equalTo(2)).body("[-2].parameters.maxPerDay", equalTo(1))
                .body("[-1].source", equalTo("b8-1-item-frequency#2"));
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/rules/b8-1-item-frequency:004200000100000").then()
                .body("retired", equalTo(true));
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(published)).statusCode(200)
                .body("updated", equalTo(2)).body("retired", equalTo(0)).body("unchanged", equalTo(65));
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/rules/b8-1-item-frequency:004200000100000").then()
                .body("retired", equalTo(false));
    }

    @Test
    void aMalformedSheetFailsAsAWholeAndChangesNothing() {
        String published = text("b8-1-item-frequency.csv");
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(published)).statusCode(200);
        int imports = given().auth().oauth2(TestUsers.officer()).get(BATCHES + "b8-1-item-frequency/imports")
                .then().extract().jsonPath().getList("").size();
        String broken = published.replace("1,门急诊留观诊查费,1,日", "1,门急诊留观诊查费,5,日")
                .replace("9,特殊防护病房床位费,1,日", "9,特殊防护病房床位费,1,周");
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(broken)).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yibao-guard.cn/problems/invalid-sheet"))
                .body("errors[0].field", equalTo("b8-1-item-frequency.csv[10].数量单位"))
                .body("detail", containsString("row 10")).body("detail", containsString("unknown restriction value"));
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(published.replace("数量单位", "单位")))
                .statusCode(400).body("errors[0].field", equalTo("b8-1-item-frequency.csv[1].数量单位"));
        importCsv(TestUsers.officer(), "b8-1-item-frequency", utf8(published.replace(",001102000050000",
                ",0011020000500"))).statusCode(400)
                .body("errors[0].field", equalTo("b8-1-item-frequency.csv[3].项目编码"));
        importCsv(TestUsers.officer(), "b8-1-item-frequency", new byte[0]).statusCode(400);
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/rules/b8-1-item-frequency:001102000040000").then()
                .body("parameters.maxPerDay", equalTo(1));
        assertThat(given().auth().oauth2(TestUsers.officer()).get(BATCHES + "b8-1-item-frequency/imports").then()
                .extract().jsonPath().getList("")).hasSize(imports);
    }

    @Test
    void theOfficeSetsTiersAndEnablesAWholeBatch() {
        importCsv(TestUsers.officer(), "b8-4-item-cycle", NhsaFiles.bytes("b8-4-item-cycle.csv")).statusCode(200);
        patch("b8-4-item-cycle", Map.of("severity", "WARNING", "action", "CONFIRM", "judgement", "SUSPICIOUS",
                "enabled", false)).statusCode(200);
        try {
            patch("b8-4-item-cycle", Map.of("severity", "INFO", "action", "NOTIFY")).statusCode(200)
                    .body("newVersions", equalTo(14)).body("switched", equalTo(0))
                    .body("batch.tiers.severity", equalTo("INFO")).body("batch.enabledRules", equalTo(0));
            assertThat(fructosamineTwice()).isEmpty();
            patch("b8-4-item-cycle", Map.of("enabled", true)).statusCode(200).body("switched", equalTo(14))
                    .body("batch.enabled", equalTo(true)).body("batch.enabledRules", equalTo(14));
            assertThat(fructosamineTwice()).singleElement().satisfies(h -> {
                assertThat(h.source()).isEqualTo("b8-4-item-cycle#2");
                assertThat(h.severity().name()).isEqualTo("INFO");
            });
            // A later import keeps the office's tiers.
            importCsv(TestUsers.officer(), "b8-4-item-cycle", NhsaFiles.bytes("b8-4-item-cycle.csv")).statusCode(200)
                    .body("unchanged", equalTo(14)).body("tiers.severity", equalTo("INFO"))
                    .body("enabled", equalTo(true));
            patch("b8-4-item-cycle", Map.of("action", "BLOCK")).statusCode(400)
                    .body("errors[0].field", equalTo("action"));
            patch("b8-4-item-cycle", Map.of()).statusCode(400);
            patch("b8-4-item-cycle", Map.of("severity", "LOUD")).statusCode(400)
                    .body("errors[0].field", equalTo("severity"));
            given().auth().oauth2(TestUsers.supervisor()).contentType(ContentType.JSON).body(Map.of("enabled", true))
                    .patch(BATCHES + "b8-4-item-cycle").then().statusCode(403);
        } finally {
            patch("b8-4-item-cycle", Map.of("severity", "WARNING", "action", "CONFIRM", "enabled", false))
                    .statusCode(200);
        }
        assertThat(fructosamineTwice()).isEmpty();
    }

    @Test
    void theUncheckedConditionsReportListsWhatTheRulesDoNotCheck() {
        importCsv(TestUsers.officer(), "b8-3-item-course", NhsaFiles.bytes("b8-3-item-course.csv")).statusCode(200)
                .body("uncheckedConditions", equalTo(3));
        given().auth().oauth2(TestUsers.supervisor()).get(BATCHES + "b8-3-item-course/unchecked-conditions").then()
                .statusCode(200).body("rules", equalTo(11)).body("reported", equalTo(3))
                .body("byKind.DISEASE_COURSE", equalTo(3)).body("rows[0].row", equalTo(8))
                .body("rows[0].conditions[0].label", equalTo("一个疾病过程"))
                .body("rows[0].text", equalTo("一个疾病过程支付不超过90天。"));
        importCsv(TestUsers.officer(), "b8-1-item-frequency", NhsaFiles.bytes("b8-1-item-frequency.csv"))
                .statusCode(200);
        String csv = given().auth().oauth2(TestUsers.officer()).accept("text/csv")
                .get(BATCHES + "b8-1-item-frequency/unchecked-conditions").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).first().isEqualTo("row,source,rule_id,name,kind,label,excerpt,text");
        assertThat(csv).contains("69,b8-1-item-frequency.csv,,,SKIPPED_ROW,未导入的行,\"合计 (total) row\",");
    }

    @Test
    void aDryRunCountsWhatTheBatchWouldRaiseOnStoredOrders() {
        importCsv(TestUsers.officer(), "b8-4-item-cycle", NhsaFiles.bytes("b8-4-item-cycle.csv")).statusCode(200);
        OffsetDateTime since = OffsetDateTime.now();
        // the batch is not enabled: these checks pass, and the dry run shows what it would have raised
        storeFructosamineTwice("CARD", "D01", 5);
        storeFructosamineTwice("CARD", "D02", 10);
        storeFructosamineTwice("GAST", "D11", 2);
        storeFructosamineTwice("GAST", "D11", 3);

        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", since.toString())).post(BATCHES + "b8-4-item-cycle/dry-run").then()
                .statusCode(200).body("ordersAvailable", equalTo(true)).body("rules", equalTo(14))
                .body("report.checks", equalTo(8)).body("report.hits", equalTo(3))
                .body("report.byRule[0].ruleId", equalTo("b8-4-item-cycle:" + FRUCTOSAMINE))
                .body("report.byRule[0].source", equalTo("b8-4-item-cycle#2"))
                .body("report.byDepartment[0].department", equalTo("GAST"))
                .body("report.byDepartment[0].hits", equalTo(2))
                .body("report.byDoctor[0].doctorCode", equalTo("D11"))
                .body("report.verdicts.WARN", equalTo(3)).body("report.verdicts.PASS", equalTo(5));
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", since.toString(), "department", "CARD", "limit", 100))
                .post(BATCHES + "b8-4-item-cycle/dry-run").then().statusCode(200)
                .body("query.department", equalTo("CARD")).body("report.checks", equalTo(4))
                .body("report.hits", equalTo(1)).body("report.byDoctor[0].doctorCode", equalTo("D01"));
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", since.toString(), "limit", 3)).post(BATCHES + "b8-4-item-cycle/dry-run")
                .then().statusCode(200).body("report.checks", equalTo(3));
        given().auth().oauth2(TestUsers.supervisor()).contentType(ContentType.JSON).body("{}")
                .post(BATCHES + "b8-4-item-cycle/dry-run").then().statusCode(403);
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON).body(Map.of("limit", 0))
                .post(BATCHES + "b8-4-item-cycle/dry-run").then().statusCode(400);
    }

    @Test
    void aTestWithdrawnBeforeTheNextOneDoesNotCountInTheDryRun() {
        importCsv(TestUsers.officer(), "b8-4-item-cycle", NhsaFiles.bytes("b8-4-item-cycle.csv")).statusCode(200);
        OffsetDateTime since = OffsetDateTime.now();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T09:30:00+08:00");
        String id = Orders.newEncounterId();
        Map<String, Object> e = Orders.encounter(id, "NEUR");
        check(e, fructosamineLine("L-1", "D21", at.minusDays(2)));
        given().auth().oauth2(TestUsers.his()).delete("/api/v1/encounters/" + id + "/orders/L-1").then()
                .statusCode(204);
        check(e, fructosamineLine("L-2", "D21", at));
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", since.toString(), "department", "NEUR"))
                .post(BATCHES + "b8-4-item-cycle/dry-run").then().statusCode(200).body("report.checks", equalTo(2))
                .body("report.hits", equalTo(0));
    }

    /**
     * Stores, through the order check, an encounter whose fructosamine test (L-1) is followed by another (L-2)
     * the given number of days later; returns the encounter id.
     */
    static String storeFructosamineTwice(String department, String doctor, int daysApart) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T09:30:00+08:00");
        String id = Orders.newEncounterId();
        Map<String, Object> e = Orders.encounter(id, department);
        check(e, fructosamineLine("L-1", doctor, at.minusDays(daysApart)));
        check(e, fructosamineLine("L-2", doctor, at));
        return id;
    }

    static void check(Map<String, Object> encounter, Map<String, Object> line) {
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                .body(Orders.request(encounter, line)).post("/api/v1/orders").then()
                .statusCode(200).body("verdict", equalTo("PASS"));
    }

    static Map<String, Object> fructosamineLine(String lineId, String doctor, OffsetDateTime at) {
        Map<String, Object> line = Orders.line(lineId, FRUCTOSAMINE, 1);
        line.put("name", "血清果糖胺测定");
        line.put("doctorCode", doctor);
        line.put("days", 1);
        line.put("frequency", "qd");
        line.put("orderedAt", at.toString());
        return line;
    }

    /** A stored order of fructosamine with an earlier test the given number of days before. */
    static CheckInput stored(String department, String doctor, int daysApart) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T09:30:00+08:00");
        EncounterFacts encounter = new EncounterFacts("E-" + department + doctor + daysApart,
                EncounterType.INPATIENT, 3, InsuranceType.EMPLOYEE, List.of(), "P-" + daysApart, 1,
                LocalDate.of(1960, 1, 1), List.of(), at.minusDays(20), department, null);
        return new CheckInput(encounter, List.of(fructosamine("O-1", doctor, at)),
                List.of(fructosamine("H-1", doctor, at.minusDays(daysApart))));
    }

    static OrderLine fructosamine(String id, String doctor, OffsetDateTime at) {
        return new OrderLine(id, null, FRUCTOSAMINE, null, "血清果糖胺测定", BigDecimal.ONE, BigDecimal.TEN, "qd", 1,
                doctor, false, at);
    }

    /** What the service's current book says about fructosamine tested twice within two days. */
    static List<RuleHit> fructosamineTwice() {
        return Arc.container().instance(RuleService.class).get().currentBook().evaluate(stored("CARD", "D01", 2));
    }
}
