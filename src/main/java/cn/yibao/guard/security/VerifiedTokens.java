package cn.yibao.guard.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;

/**
 * Identities of bearer tokens already verified, keyed by the exact token text, each kept until the token's own
 * {@code exp} and at most {@code yibao.security.token-cache.max-age}. A HIS sends the same long-lived token on
 * every call; verifying its signature and parsing its claims again each time costs far more than the check it
 * carries. Only signed JWTs verified locally are kept (they cannot be revoked before {@code exp} anyway); any
 * other token text, a tampered one included, misses and is verified in full. Bounded: when full, expired
 * entries are dropped, and if it is still full the new identity is simply not kept.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final int maxSize;
    private final long maxAgeMillis;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** A verified identity (without request-bound attributes) and when it stops being valid. */
    record Entry(SecurityIdentity identity, long validUntilMillis) {
    }

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "yibao.security.token-cache.max-size") int maxSize,
            @ConfigProperty(name = "yibao.security.token-cache.max-age") Duration maxAge) {
        this(maxSize, maxAge, Clock.systemUTC());
    }

    VerifiedTokens(int maxSize, Duration maxAge, Clock clock) {
        this.maxSize = maxSize;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    public boolean enabled() {
        return maxSize > 0 && maxAgeMillis > 0;
    }

    /** The identity verified earlier for exactly this token, if it is still valid; otherwise null. */
    public SecurityIdentity find(String token) {
        if (!enabled() || token == null) {
            return null;
        }
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.validUntilMillis()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** Keeps a freshly verified identity of a locally verified JWT until its expiry (bounded as described). */
    public void remember(SecurityIdentity identity) {
        if (!enabled() || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.isOpaque() || credential.getToken() == null
                || entries.containsKey(credential.getToken())) {
            return;
        }
        long now = clock.millis();
        long validUntil = Math.min(jwt.getExpirationTime() * 1000L, now + maxAgeMillis);
        if (jwt.getExpirationTime() <= 0 || validUntil <= now || !roomFor(now)) {
            return;
        }
        entries.put(credential.getToken(), new Entry(withoutRequest(identity), validUntil));
    }

    int size() {
        return entries.size();
    }

    private boolean roomFor(long now) {
        if (entries.size() < maxSize) {
            return true;
        }
        entries.values().removeIf(e -> now >= e.validUntilMillis());
        return entries.size() < maxSize;
    }

    /** The same identity without the attributes that belong to the request it was verified in. */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal()).addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials()).addAttributes(attributes)
                .addPermissionChecker(identity::checkPermission).build();
    }
}
