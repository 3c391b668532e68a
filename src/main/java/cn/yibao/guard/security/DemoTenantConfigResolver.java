package cn.yibao.guard.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * In the demo configuration, verifies bearer tokens with the demo public key instead of an identity
 * provider. Outside it, resolves nothing, so only the configured OIDC issuer is trusted.
 */
@ApplicationScoped
public class DemoTenantConfigResolver implements TenantConfigResolver {

    private final DemoTokens demo;
    private volatile OidcTenantConfig config;

    public DemoTenantConfigResolver(DemoTokens demo) {
        this.demo = demo;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        if (!demo.enabled()) {
            return null;
        }
        OidcTenantConfig c = config;
        if (c == null) {
            // Reading (or first creating) the key file is blocking work, done once.
            return request.runBlocking(this::demoTenant);
        }
        return Uni.createFrom().item(c);
    }

    private synchronized OidcTenantConfig demoTenant() {
        if (config == null) {
            config = OidcTenantConfig.builder()
                    .tenantId("demo")
                    .publicKey(demo.key().publicKeyBase64())
                    .token().issuer(demo.issuer()).end()
                    .build();
        }
        return config;
    }
}
