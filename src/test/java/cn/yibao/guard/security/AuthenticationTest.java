package cn.yibao.guard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.security.DemoTokens.DemoUser;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class AuthenticationTest {

    @Test
    void probesAndMetricsAnswerWithoutToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void apiWithoutTokenIsUnauthorizedProblem() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void garbageTokenIsUnauthorized() {
        given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("https://demo.yibao-guard.local").subject("mallory").groups("admin")
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        String token = Jwt.issuer("https://elsewhere.example").subject("mallory").groups("admin")
                .sign(io.quarkus.arc.Arc.container().instance(DemoTokens.class).get().key().privateKey());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void claimsReachTheService() {
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo("dr-D01"))
                .body("roles", hasItem("physician"))
                .body("department", equalTo("CARD"))
                .body("doctorCode", equalTo("D01"));
    }

    @Test
    void aRoleOutsideTheProductIsForbidden() {
        String stranger = Jwt.issuer("https://demo.yibao-guard.local").subject("guest").groups("visitor")
                .sign(io.quarkus.arc.Arc.container().instance(DemoTokens.class).get().key().privateKey());
        given().auth().oauth2(stranger).get("/api/v1/me").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void openApiNeedsATokenOutsideTheDemo() {
        given().get("/q/openapi").then().statusCode(401);
        given().auth().oauth2(TestUsers.admin()).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/me"));
    }

    @Test
    void unknownRolesAreRefusedWhenIssuing() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DemoUser("x",
                List.of("root"), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
