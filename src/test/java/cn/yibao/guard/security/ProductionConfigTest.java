package cn.yibao.guard.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * The production configuration: only the configured issuer is trusted, the demo key is not,
 * and the demo token path does not exist.
 */
@QuarkusTest
@TestProfile(ProductionConfigTest.ProductionLike.class)
class ProductionConfigTest {

    static final KeyPair ISSUER_KEY = rsa();
    static final String ISSUER = "https://sso.hospital.example/realms/hospital";

    @Test
    void tokensOfTheConfiguredIssuerAreAccepted() {
        String token = Jwt.issuer(ISSUER).subject("officer-1").groups("insurance-officer")
                .sign(ISSUER_KEY.getPrivate());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void tokensSignedWithTheDemoKeyAreRefused() {
        DemoSigningKey demoKey = DemoSigningKey.loadOrCreate(Path.of("target/test-signing-key.pem"));
        String demo = Jwt.issuer("https://demo.yibao-guard.local").subject("dr-D01").groups("admin")
                .sign(demoKey.privateKey());
        given().auth().oauth2(demo).get("/api/v1/me").then().statusCode(401);
        String demoKeyOurIssuer = Jwt.issuer(ISSUER).subject("dr-D01").groups("admin").sign(demoKey.privateKey());
        given().auth().oauth2(demoKeyOurIssuer).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenCommandRefuses() {
        var tokens = new DemoTokens(false, "https://demo.yibao-guard.local", Path.of("target/never.pem"),
                Duration.ofHours(1));
        assertThat(new TokenCommand(tokens).run("--user", "x", "--roles", "admin")).isEqualTo(3);
        assertThat(Path.of("target/never.pem")).doesNotExist();
    }

    @Test
    void theDemoSignInDoesNotExist() {
        given().contentType("application/json").body("{\"user\": \"admin.zhao\"}")
                .post("/api/v1/demo/sign-in").then().statusCode(404)
                .body("accessToken", nullValue());
        given().get("/api/v1/demo/staff").then().statusCode(404);
    }

    @Test
    void theStationPageSignsInAtTheIssuerWithThePublicClient() {
        given().get("/station/config.json").then().statusCode(200)
                .body("signIn", equalTo("oidc"))
                .body("clientId", equalTo("yibao-stations"));
        given().get("/station/").then().statusCode(200);
    }

    @Test
    void swaggerUiIsAbsentAndOpenApiNeedsAToken() {
        given().get("/q/swagger-ui/").then().statusCode(401);
        String token = Jwt.issuer(ISSUER).subject("admin-1").groups("admin").sign(ISSUER_KEY.getPrivate());
        given().auth().oauth2(token).get("/q/swagger-ui/").then().statusCode(404);
        given().auth().oauth2(token).get("/q/openapi").then().statusCode(200);
    }

    public static class ProductionLike implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "yibao.demo.enabled", "false",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(ISSUER_KEY.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", ISSUER);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
