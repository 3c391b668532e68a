package cn.yibao.guard.security;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the station page (工作站页面, {@code /station/}) needs before anyone has signed in: where to sign in.
 * Nothing here is secret: the issuer is public and the stations client is a public client using PKCE.
 */
@Path("/station/config.json")
@Tag(name = "Identity")
public class StationConfigResource {

    private final Optional<String> issuer;
    private final String clientId;
    private final DemoTokens demo;

    public StationConfigResource(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer,
            @ConfigProperty(name = "yibao.stations.client-id") String clientId, DemoTokens demo) {
        this.issuer = issuer.filter(s -> !s.isBlank());
        this.clientId = clientId;
        this.demo = demo;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The station page's sign-in settings: OIDC issuer and client id, or the demo sign-in")
    public Response config() {
        boolean demoSignIn = demo.enabled();
        // In the demo the issuer is not used: tokens come from the demo sign-in.
        StationConfig body = new StationConfig(demoSignIn ? "demo" : "oidc",
                demoSignIn ? null : issuer.orElse(null), demoSignIn ? null : clientId);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body).cacheControl(noStore).build();
    }

    /** {@code signIn}: {@code oidc} (authorization code flow with PKCE at {@code issuer}) or {@code demo}. */
    public record StationConfig(String signIn, String issuer, String clientId) {
    }
}
