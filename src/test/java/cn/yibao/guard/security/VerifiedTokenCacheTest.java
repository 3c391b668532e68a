package cn.yibao.guard.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** A token verified once is remembered, and remembering never lets a changed or expired token in. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Test
    void aTokenUsedAgainIsAnsweredFromTheCacheWithTheSameIdentity() {
        String token = TestUsers.physician("GAST", "D07");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                    .body("id", equalTo("dr-D07")).body("department", equalTo("GAST"));
        }
        assertThat(cache().find(token)).isNotNull();
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() {
        String token = TestUsers.physician("CARD", "D01");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertThat(cache().find(token)).isNotNull();

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CARD\"", "\"GAST\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(tampered).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token + "x").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpired() throws InterruptedException {
        long exp = Instant.now().getEpochSecond() + 2;
        String token = Jwt.issuer("https://demo.yibao-guard.local").subject("his-short").groups(Roles.HIS)
                .expiresAt(exp).sign(Arc.container().instance(DemoTokens.class).get().key().privateKey());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertThat(cache().find(token)).isNotNull();

        while (Instant.now().getEpochSecond() <= exp) {
            Thread.sleep(200);
        }
        assertThat(cache().find(token)).isNull();
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    private static VerifiedTokens cache() {
        return Arc.container().instance(VerifiedTokens.class).get();
    }
}
