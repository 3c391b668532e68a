package cn.yibao.guard.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Issues tokens for demo users, signed by the {@link DemoSigningKey}. Exists only where
 * {@code yibao.demo.enabled} is true (demo, dev and test configurations); production refuses.
 */
@ApplicationScoped
public class DemoTokens {

    private final boolean enabled;
    private final String issuer;
    private final Path keyFile;
    private final Duration lifetime;
    private volatile DemoSigningKey key;

    public DemoTokens(@ConfigProperty(name = "yibao.demo.enabled") boolean enabled,
            @ConfigProperty(name = "yibao.demo.issuer") String issuer,
            @ConfigProperty(name = "yibao.demo.key-file") Path keyFile,
            @ConfigProperty(name = "yibao.demo.token-lifetime") Duration lifetime) {
        this.enabled = enabled;
        this.issuer = issuer;
        this.keyFile = keyFile;
        this.lifetime = lifetime;
    }

    public boolean enabled() {
        return enabled;
    }

    public String issuer() {
        return issuer;
    }

    /** The demo key, created on first use; refused outside the demo configuration. */
    public DemoSigningKey key() {
        requireEnabled();
        DemoSigningKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = DemoSigningKey.loadOrCreate(keyFile);
                }
                k = key;
            }
        }
        return k;
    }

    /** A signed token carrying the contract's claims for a demo user. */
    public String issue(DemoUser user) {
        requireEnabled();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(user.id())
                .upn(user.id())
                .groups(new LinkedHashSet<>(user.roles()))
                .expiresIn(lifetime);
        user.department().ifPresent(d -> claims.claim(StaffUser.DEPARTMENT_CLAIM, d));
        user.ward().ifPresent(w -> claims.claim(StaffUser.WARD_CLAIM, w));
        user.doctorCode().ifPresent(c -> claims.claim(StaffUser.DOCTOR_CODE_CLAIM, c));
        return claims.jws().keyId("demo").sign(key().privateKey());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException(
                    "Demo tokens exist only in the demo configuration; production trusts only its OIDC issuer");
        }
    }

    /** A demo user as the token command and the demo sign-in describe one. */
    public record DemoUser(String id, List<String> roles, Optional<String> department, Optional<String> ward,
            Optional<String> doctorCode) {

        public DemoUser {
            roles = List.copyOf(roles);
            for (String role : roles) {
                if (!Roles.ALL.contains(role)) {
                    throw new IllegalArgumentException("Unknown role '" + role + "'; roles are " + Roles.ALL);
                }
            }
        }
    }
}
