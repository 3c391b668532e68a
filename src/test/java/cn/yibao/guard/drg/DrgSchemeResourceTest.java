package cn.yibao.guard.drg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/** GET/POST /api/v1/drg/schemes: versioned schemes imported from zips. */
@QuarkusTest
class DrgSchemeResourceTest {

    @Inject
    DrgSchemeService schemes;

    @BeforeEach
    void scheme() {
        DrgApi.ensureChsDrg11();
    }

    @AfterAll
    static void removeTestSchemes() throws Throwable {
        DrgApi.deleteSchemes("test-");
    }

    @Test
    void theImportedSchemeIsListedWithItsCounts() {
        JsonPath schemes = given().auth().oauth2(TestUsers.supervisor()).get("/api/v1/drg/schemes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(schemes.getInt("find { it.name == 'chs-drg-1.1' }.mdcs")).isEqualTo(26);
        assertThat(schemes.getInt("find { it.name == 'chs-drg-1.1' }.adrgs")).isEqualTo(376);
        assertThat(schemes.getInt("find { it.name == 'chs-drg-1.1' }.drgs")).isEqualTo(628);
        assertThat(schemes.getString("find { it.name == 'chs-drg-1.1' }.codeLists"))
                .isEqualTo("icd10-yb-2.0 / icd9cm3-yb-2.0");
        assertThat(schemes.getBoolean("find { it.name == 'chs-drg-1.1' }.isDefault")).isTrue();
    }

    @Test
    void importingANameAgainAddsAVersionThatIsUsedAtOnce() {
        String name = "test-city-" + System.nanoTime();
        byte[] first = new SyntheticScheme().zip("city");
        assertThat(DrgApi.importZip(name, first)).isEqualTo(1);
        groupIntracerebralHaemorrhageWithOperation(name).body("drg", equalTo("BQY")).body("schemeVersion", equalTo(1));
        byte[] second = new SyntheticScheme().with("3_DRG.txt", "BB19 a\nBR11 b\nBR15 c\nGZ13 d\nGZ15 e\n").zip("city");
        assertThat(DrgApi.importZip(name, second)).isEqualTo(2);
        groupIntracerebralHaemorrhageWithOperation(name).body("drg", equalTo("BR15")).body("schemeVersion", equalTo(2));
    }

    @Test
    void aVersionStoredThroughAnotherReplicaIsPickedUp() throws Throwable {
        String name = "test-replica-" + System.nanoTime();
        DrgApi.importZip(name, new SyntheticScheme().zip("city"));
        groupIntracerebralHaemorrhageWithOperation(name).body("drg", equalTo("BQY"));
        // another replica stores version 2; this one has not compiled it
        PreparedScheme second = PreparedScheme.fromZip(name,
                new SyntheticScheme().with("3_DRG.txt", "BB19 a\nBR11 b\nBR15 c\nGZ13 d\nGZ15 e\n").zip("city"));
        VertxContextSupport.subscribeAndAwait(() -> schemes.store(second, "other-replica"));
        groupIntracerebralHaemorrhageWithOperation(name).body("drg", equalTo("BR15")).body("schemeVersion", equalTo(2));
    }

    @Test
    void anInvalidZipNamesFileAndLineAndChangesNothing() {
        String name = "test-broken-" + System.nanoTime();
        DrgApi.importZip(name, new SyntheticScheme().zip("x"));
        byte[] broken = new SyntheticScheme().with("ADRG/BR1_颅内出血性疾患.dat",
                "包含以下主要诊断：\nI61.000 出血\n伴有以下其他诊断：\nI10.x00 高血压\n").zip("x");
        given().auth().oauth2(TestUsers.admin()).contentType("application/zip").body(broken)
                .queryParam("name", name).post("/api/v1/drg/schemes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://yibao-guard.cn/problems/invalid-scheme"))
                .body("errors[0].field", equalTo("ADRG/BR1_颅内出血性疾患.dat"))
                .body("errors[0].message", equalTo("line 3: unknown clause form '伴有以下其他诊断：'"));
        int version = given().auth().oauth2(TestUsers.officer()).get("/api/v1/drg/schemes").then().statusCode(200)
                .extract().path("find { it.name == '" + name + "' }.version");
        assertThat(version).isEqualTo(1);
    }

    @Test
    void somethingThatIsNotAZipIsAProblem() {
        given().auth().oauth2(TestUsers.officer()).contentType("application/zip").body("not a zip".getBytes())
                .queryParam("name", "x").post("/api/v1/drg/schemes")
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("the upload is not"));
    }

    @Test
    void aBadNameIsAProblemNamingTheParameter() {
        given().auth().oauth2(TestUsers.officer()).contentType("application/zip").body(new byte[] {1})
                .queryParam("name", "../etc").post("/api/v1/drg/schemes")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void onlyTheInsuranceOfficeAndAdminsImport() {
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).contentType("application/zip")
                .body(new byte[] {1}).queryParam("name", "x").post("/api/v1/drg/schemes")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/zip").body(new byte[] {1}).queryParam("name", "x")
                .post("/api/v1/drg/schemes").then().statusCode(401);
        given().get("/api/v1/drg/schemes").then().statusCode(401);
        given().auth().oauth2(TestUsers.nurse("CARD", "W3")).get("/api/v1/drg/schemes").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse groupIntracerebralHaemorrhageWithOperation(String scheme) {
        return given().auth().oauth2(TestUsers.his()).contentType("application/json")
                .body("{\"sex\":1,\"ageYears\":60,\"diagnoses\":[\"I61.000\"],\"procedures\":[\"86.2200\"]}")
                .queryParam("scheme", scheme).post("/api/v1/drg/group").then().statusCode(200);
    }
}
