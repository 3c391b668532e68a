package cn.yibao.guard.drg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

/** POST /api/v1/drg/group:batch: CSV in, CSV out, streamed. */
@QuarkusTest
class DrgBatchResourceTest {

    private static final String HEADER = "id,sex,age_years,age_days,birth_weight_g,los_days,discharge_mode,"
            + "diagnoses,procedures\n";

    @BeforeEach
    void scheme() {
        DrgApi.ensureChsDrg11();
    }

    @Test
    void thePublishedSamplesGetTheirPublishedDrgs() throws IOException {
        String csv = Files.readString(SharedData.PUBLISHED_CASES, StandardCharsets.UTF_8);
        String out = batch(TestUsers.officer(), csv).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> rows = out.lines().toList();
        assertThat(rows.get(0)).isEqualTo("id,mdc,adrg,drg,status,reason");
        Map<String, String> groups = new HashMap<>();
        rows.stream().skip(1).map(r -> r.split(",", -1)).forEach(f -> groups.put(f[0], f[3]));
        assertThat(groups).hasSize(30);
        csv.lines().skip(1).map(l -> l.split(",", -1)).filter(f -> !f[9].isEmpty())
                .forEach(f -> assertThat(groups.get(f[0])).as(f[0]).isEqualTo(f[9]));
    }

    @Test
    void aMalformedRowIsReportedAndTheBatchGoesOn() {
        String out = batch(TestUsers.his(), HEADER + "A,2,old,,,94,1,K22.301,\nB,2,88,,,94,1,K22.301|K11.901,\n")
                .then().statusCode(200).extract().asString();
        assertThat(out.lines()).containsExactly("id,mdc,adrg,drg,status,reason",
                "A,,,0000,INVALID,line 2: age_years 'old' is not a whole number", "B,MDCG,GZ1,GZ13,GROUPED,");
    }

    @Test
    void batchesLargerThanTheOrdinaryBodyLimitAreGrouped() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 40_000; i++) {
            csv.append("C").append(i).append(",2,88,,,94,1,K22.301|K11.901|E11.900|I10.x05,96.0800x005\n");
        }
        assertThat(csv.length()).isGreaterThan(2_000_000);
        String out = batch(TestUsers.his(), csv.toString()).then().statusCode(200).extract().asString();
        assertThat(out.lines()).hasSize(40_001).last().isEqualTo("C39999,MDCG,GZ1,GZ13,GROUPED,");
    }

    @Test
    void aHeaderWithoutTheContractsColumnsIsAProblem() {
        batch(TestUsers.his(), "id,sex,age\nA,1,40\n").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("lacks the column(s) age_years"));
    }

    @Test
    void withoutATokenTheBatchIsUnauthorized() {
        given().contentType("text/csv").body(HEADER).post("/api/v1/drg/group:batch").then().statusCode(401);
    }

    @Test
    void theColonMayBeSentEncoded() {
        given().urlEncodingEnabled(false).auth().oauth2(TestUsers.his()).contentType("text/csv")
                .body(HEADER + "B,2,88,,,94,1,K22.301|K11.901,\n").post("/api/v1/drg/group%3Abatch")
                .then().statusCode(200).body(containsString("B,MDCG,GZ1,GZ13,GROUPED,"));
    }

    @Test
    void nursesDoNotGroupBatches() {
        batch(TestUsers.nurse("CARD", "W3"), HEADER).then().statusCode(403);
    }

    private static io.restassured.response.Response batch(String token, String csv) {
        return given().urlEncodingEnabled(false).auth().oauth2(token).contentType("text/csv; charset=UTF-8").accept("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("scheme", "chs-drg-1.1")
                .post("/api/v1/drg/group:batch");
    }
}
