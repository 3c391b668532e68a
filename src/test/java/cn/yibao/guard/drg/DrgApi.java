package cn.yibao.guard.drg;

import static io.restassured.RestAssured.given;

import java.util.List;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/** Makes sure the schemes the REST tests use are imported, once per test run. */
final class DrgApi {

    static final String CHS_DRG_11 = "chs-drg-1.1";
    private static boolean imported;

    private DrgApi() {
    }

    static synchronized void ensureChsDrg11() {
        if (imported) {
            return;
        }
        List<String> names = given().auth().oauth2(TestUsers.officer()).get("/api/v1/drg/schemes")
                .then().statusCode(200).extract().jsonPath().getList("name");
        if (!names.contains(CHS_DRG_11)) {
            importZip(CHS_DRG_11, SchemeZips.chsDrg11());
        }
        imported = true;
    }

    /** Removes the schemes a test imported under names starting with {@code prefix}. */
    static void deleteSchemes(String prefix) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(s -> s.createMutationQuery("delete from StoredScheme where name like :prefix")
                        .setParameter("prefix", prefix + "%").executeUpdate())));
    }

    static int importZip(String name, byte[] zip) {
        return given().auth().oauth2(TestUsers.officer()).contentType("application/zip").body(zip)
                .queryParam("name", name).post("/api/v1/drg/schemes")
                .then().statusCode(201).extract().path("version");
    }
}
