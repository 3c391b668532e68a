package cn.yibao.guard.security;

import static cn.yibao.guard.support.keycloak.KeycloakServer.FOREIGN_CLIENT;
import static cn.yibao.guard.support.keycloak.KeycloakServer.OTHER_REALM;
import static cn.yibao.guard.support.keycloak.KeycloakServer.PASSWORD_CLIENT;
import static cn.yibao.guard.support.keycloak.KeycloakServer.REALM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cn.yibao.guard.support.keycloak.InjectKeycloak;
import cn.yibao.guard.support.keycloak.KeycloakAvailable;
import cn.yibao.guard.support.keycloak.KeycloakResource;
import cn.yibao.guard.support.keycloak.KeycloakServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.smallrye.jwt.build.Jwt;

/**
 * The packaged service in its production configuration against the real Keycloak distribution that has
 * imported {@code src/main/keycloak/hospital-realm.json}: Keycloak's tokens carry the contract's claims, and
 * nothing but the hospital realm's tokens for Yibao Guard is accepted.
 */
@QuarkusIntegrationTest
@ExtendWith(KeycloakAvailable.class)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class KeycloakRealmIT {

    @InjectKeycloak
    KeycloakServer keycloak;

    @Test
    void physicianFromKeycloakCarriesRoleDepartmentAndDoctorCode() {
        String token = keycloak.passwordToken(REALM, PASSWORD_CLIENT, "dr.zhang");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(KeycloakServer.claims(token).path("sub").asText()))
                // Only the product's roles: Keycloak's default roles stay out of the token.
                .body("roles", contains(Roles.PHYSICIAN))
                .body("department", equalTo("CARD"))
                .body("doctorCode", equalTo("D01"))
                .body("ward", nullValue());
    }

    @Test
    void nurseFromKeycloakCarriesWard() {
        given().auth().oauth2(keycloak.passwordToken(REALM, PASSWORD_CLIENT, "nurse.li"))
                .get("/api/v1/me").then().statusCode(200)
                .body("roles", contains(Roles.NURSE))
                .body("department", equalTo("CARD"))
                .body("ward", equalTo("W3"));
    }

    @Test
    void officeRolesReachTheService() {
        given().auth().oauth2(keycloak.passwordToken(REALM, PASSWORD_CLIENT, "officer.wang"))
                .get("/api/v1/me").then().statusCode(200)
                .body("roles", contains(Roles.INSURANCE_OFFICER))
                .body("department", nullValue());
        given().auth().oauth2(keycloak.passwordToken(REALM, PASSWORD_CLIENT, "supervisor.chen"))
                .get("/api/v1/me").then().statusCode(200).body("roles", contains(Roles.SUPERVISOR));
        given().auth().oauth2(keycloak.passwordToken(REALM, PASSWORD_CLIENT, "admin.zhao"))
                .get("/api/v1/hospital").then().statusCode(200).body("departments", notNullValue());
    }

    @Test
    void hisServiceAccountGetsHisSystemThroughClientCredentials() {
        given().auth().oauth2(keycloak.hisToken()).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains(Roles.HIS))
                .body("department", nullValue())
                .body("doctorCode", nullValue());
    }

    @Test
    void withoutTokenTheAnswerIsAnUnauthorizedProblem() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void demoKeyIsNotTrusted() {
        DemoSigningKey demoKey = DemoSigningKey.loadOrCreate(Path.of("target/test-signing-key.pem"));
        String demo = Jwt.issuer("https://demo.yibao-guard.local").subject("dr-D01").groups(Roles.ADMIN)
                .audience("yibao-guard").sign(demoKey.privateKey());
        given().auth().oauth2(demo).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        String demoKeyOurIssuer = Jwt.issuer(keycloak.issuer(REALM)).subject("dr-D01").groups(Roles.ADMIN)
                .audience("yibao-guard").sign(demoKey.privateKey());
        given().auth().oauth2(demoKeyOurIssuer).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anotherRealmsTokenIsRefusedThoughItCarriesTheRightClaims() {
        String token = keycloak.passwordToken(OTHER_REALM, PASSWORD_CLIENT, "admin.zhao");
        JsonNode claims = KeycloakServer.claims(token);
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer(OTHER_REALM));
        assertThat(claims.path("groups").toString()).contains(Roles.ADMIN);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenOfTheHospitalRealmForAnotherApplicationIsRefused() {
        String token = keycloak.passwordToken(REALM, FOREIGN_CLIENT, "admin.zhao");
        assertThat(KeycloakServer.claims(token).path("aud").toString()).doesNotContain("yibao-guard");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void refusedTokensAreNotSentToKeycloakForIntrospection() throws IOException {
        String foreign = keycloak.passwordToken(OTHER_REALM, PASSWORD_CLIENT, "nurse.li");
        given().auth().oauth2(foreign).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/me").then().statusCode(401);
        // The packaged application logs to target/quarkus.log in integration tests.
        assertThat(Files.readString(Path.of("target/quarkus.log"))).doesNotContain("introspect");
    }

    @Test
    void anAlteredKeycloakTokenIsRefused() {
        String[] parts = keycloak.passwordToken(REALM, PASSWORD_CLIENT, "nurse.li").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"W3\"", "\"W4\"");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(altered).get("/api/v1/me").then().statusCode(401);
    }
}
