package cn.yibao.guard.support.keycloak;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts Keycloak with the shipped hospital realm for a test class and points the service's default OIDC
 * tenant at it, as a hospital deployment does ({@code OIDC_AUTH_SERVER_URL}, {@code OIDC_CLIENT_ID}, and the
 * recommended audience check); the demo key is switched off.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    static final Path REALM_FILE = Path.of("src/main/keycloak/hospital-realm.json");
    static final Path LOG = Path.of("target/keycloak-it.log");

    private KeycloakServer server;

    @Override
    public Map<String, String> start() {
        KeycloakDistribution.Lookup lookup = KeycloakDistribution.lookup();
        KeycloakDistribution distribution = lookup.distribution().orElseThrow(
                () -> new IllegalStateException("Cannot start Keycloak: " + lookup.reason()));
        server = KeycloakServer.start(distribution, REALM_FILE, LOG);
        return Map.of(
                "quarkus.oidc.auth-server-url", server.issuer(KeycloakServer.REALM),
                "quarkus.oidc.client-id", "yibao-guard",
                "quarkus.oidc.token.audience", "yibao-guard",
                "quarkus.oidc.tenant-enabled", "true",
                "yibao.demo.enabled", "false",
                // The packaged application runs in the prod profile: keep it on this branch's test database.
                "db.name", System.getenv().getOrDefault("YIBAO_TEST_DB_NAME", "yibao_test"),
                "quarkus.log.console.json.enabled", "false");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
