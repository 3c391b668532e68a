package cn.yibao.guard.catalog;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import cn.yibao.guard.support.TestUsers;
import io.restassured.response.Response;

/** The catalogue endpoints as tests call them, with UTF-8 bodies. */
final class CatalogApi {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json";

    private CatalogApi() {
    }

    static Response importItems(String token, String contentType, String body, String mode) {
        var request = given().auth().oauth2(token).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8));
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.post("/api/v1/catalog/items:import");
    }

    /** A JSON import sent compressed, for catalogues larger than the request size limit. */
    static Response importJsonCompressed(String body, String mode) {
        var packed = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return given().auth().oauth2(TestUsers.officer()).contentType(JSON).header("Content-Encoding", "gzip")
                .queryParam("mode", mode).body(packed.toByteArray()).post("/api/v1/catalog/items:import");
    }

    static Response importCsv(String body, String mode) {
        return importItems(TestUsers.officer(), CSV, body, mode);
    }

    static Response importJson(String body, String mode) {
        return importItems(TestUsers.officer(), JSON, body, mode);
    }

    static String export(String format) {
        byte[] body = given().auth().oauth2(TestUsers.nurse("CARD", "W3")).queryParam("format", format)
                .get("/api/v1/catalog/items:export").then().statusCode(200).extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    static long version() {
        return given().auth().oauth2(TestUsers.his()).get("/api/v1/catalog/version").then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    static Response importMappings(String contentType, String body, String mode) {
        var request = given().auth().oauth2(TestUsers.officer()).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8));
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.post("/api/v1/catalog/code-map:import");
    }
}
