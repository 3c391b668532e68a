package cn.yibao.guard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The cache's own rules: valid until exp and at most max-age, bounded, off when sized 0. */
class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void anEntryLastsUntilTheTokensExpiryWhenThatComesFirst() {
        MovableClock clock = new MovableClock();
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofMinutes(5), clock);
        cache.remember(identity("t1", NOW.plusSeconds(60)));
        assertThat(cache.find(jwt("t1"))).isNotNull();
        clock.now = NOW.plusSeconds(60);
        assertThat(cache.find(jwt("t1"))).isNull();
    }

    @Test
    void anEntryLastsAtMostMaxAge() {
        MovableClock clock = new MovableClock();
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofMinutes(5), clock);
        cache.remember(identity("t1", NOW.plusSeconds(3600)));
        clock.now = NOW.plusSeconds(299);
        assertThat(cache.find(jwt("t1"))).isNotNull();
        clock.now = NOW.plusSeconds(300);
        assertThat(cache.find(jwt("t1"))).isNull();
    }

    @Test
    void aFullCacheDropsExpiredEntriesAndOtherwiseKeepsNothingNew() {
        MovableClock clock = new MovableClock();
        VerifiedTokens cache = new VerifiedTokens(2, Duration.ofMinutes(5), clock);
        cache.remember(identity("short", NOW.plusSeconds(10)));
        cache.remember(identity("long", NOW.plusSeconds(600)));
        cache.remember(identity("third", NOW.plusSeconds(600)));
        assertThat(cache.find(jwt("third"))).isNull();
        clock.now = NOW.plusSeconds(20);
        cache.remember(identity("fourth", NOW.plusSeconds(600)));
        assertThat(cache.find(jwt("fourth"))).isNotNull();
        assertThat(cache.find(jwt("long"))).isNotNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void sizeZeroTurnsItOff() {
        VerifiedTokens cache = new VerifiedTokens(0, Duration.ofMinutes(5), new MovableClock());
        cache.remember(identity("t1", NOW.plusSeconds(60)));
        assertThat(cache.find(jwt("t1"))).isNull();
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofMinutes(5), new MovableClock());
        cache.remember(identity("old", NOW.minusSeconds(1)));
        assertThat(cache.find(jwt("old"))).isNull();
    }

    /** A token shaped like a JWT (header.claims.signature): opaque tokens are never kept. */
    private static String jwt(String name) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes()) + "."
                + b64.encodeToString(("{\"sub\":\"" + name + "\"}").getBytes()) + ".c2ln";
    }

    private static SecurityIdentity identity(String token, Instant exp) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "user";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("his-system")
                .addCredential(new AccessTokenCredential(jwt(token))).build();
    }

    static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }
    }
}
