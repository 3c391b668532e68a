package cn.yibao.guard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The station page's demo sign-in and its sign-in settings, in a demo configuration. */
@QuarkusTest
class DemoSignInTest {

    @Test
    void stationConfigOffersTheDemoSignInWithoutAToken() {
        given().get("/station/config.json").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("signIn", equalTo("demo"))
                .body("issuer", nullValue());
    }

    @Test
    void theStaffListNamesTheDemoUsers() {
        given().get("/api/v1/demo/staff").then().statusCode(200)
                .body("id", hasItems("dr.zhang", "nurse.li", "officer.wang"))
                .body("find { it.id == 'nurse.li' }.ward", equalTo("W3"));
    }

    @Test
    void aDemoNurseSignsInAndTheTokenCarriesHerWard() {
        String token = given().contentType(ContentType.JSON).body("{\"user\": \"nurse.li\"}")
                .post("/api/v1/demo/sign-in").then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo("nurse.li"))
                .body("roles", hasItems(Roles.NURSE))
                .body("department", equalTo("CARD"))
                .body("ward", equalTo("W3"));
    }

    @Test
    void anUnknownUserIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"user\": \"mallory\"}")
                .post("/api/v1/demo/sign-in").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("user"));
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/demo/sign-in").then().statusCode(400)
                .body("errors[0].field", equalTo("user"));
    }

    @Test
    void theStationPageIsServedWithoutAToken() {
        given().get("/station/").then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("医保"));
    }
}
