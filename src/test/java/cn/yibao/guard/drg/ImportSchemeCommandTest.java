package cn.yibao.guard.drg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;

/** {@code import-scheme --name NAME DIR}: imports a directory with the code lists beside it. */
@QuarkusTest
class ImportSchemeCommandTest {

    @Inject
    ImportSchemeCommand command;

    @AfterAll
    static void removeTestSchemes() throws Throwable {
        DrgApi.deleteSchemes("test-");
    }

    @Test
    void importsTheSharedSchemeWithItsCodeLists() throws Exception {
        String name = "test-cmd-" + System.nanoTime();
        assertThat(command.run("--name", name, SharedData.CHS_DRG_11.toString())).isZero();
        given().auth().oauth2(TestUsers.officer()).get("/api/v1/drg/schemes").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.codeLists", equalTo("icd10-yb-2.0 / icd9cm3-yb-2.0"))
                .body("find { it.name == '" + name + "' }.adrgs", equalTo(376));
        given().auth().oauth2(TestUsers.his()).contentType("application/json")
                .body("{\"sex\":2,\"ageYears\":88,\"diagnoses\":[\"K22.301\",\"K11.901\"]}")
                .queryParam("scheme", name).post("/api/v1/drg/group").then().statusCode(200)
                .body("drg", equalTo("GZ13"));
    }

    @Test
    void aDirectoryThatIsNoSchemeIsRefused() throws Exception {
        assertThat(command.run("--name", "nothing", SharedData.CODES.toString())).isEqualTo(2);
    }
}
