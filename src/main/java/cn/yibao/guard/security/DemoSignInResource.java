package cn.yibao.guard.security;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.yibao.guard.common.ProblemException;

/**
 * The station page's demo sign-in (演示登录): pick one of the {@link DemoStaff} and receive a demo token. It
 * exists only where {@code yibao.demo.enabled=true}; in the production configuration both paths answer 404 and
 * no token is ever minted, so the configured OIDC issuer stays the only way in.
 */
@Path("/api/v1/demo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class DemoSignInResource {

    private final DemoTokens tokens;
    private final Duration lifetime;

    public DemoSignInResource(DemoTokens tokens,
            @ConfigProperty(name = "yibao.demo.token-lifetime") Duration lifetime) {
        this.tokens = tokens;
        this.lifetime = lifetime;
    }

    @GET
    @Path("/staff")
    @PermitAll
    @Operation(summary = "Demo configuration only: the demo staff one may sign in as")
    public List<DemoStaffView> staff() {
        requireDemo();
        return DemoStaff.ALL.stream().map(DemoStaffView::of).toList();
    }

    /** Signing is CPU work and the first call reads the key file: a non-Uni method runs on a worker thread. */
    @POST
    @Path("/sign-in")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Demo configuration only: a demo bearer token for one of the demo staff")
    public DemoSignIn signIn(DemoSignInRequest request) {
        requireDemo();
        if (request == null || request.user() == null || request.user().isBlank()) {
            throw ProblemException.invalidField("user", "required: the id of a demo staff member");
        }
        DemoStaff.Member member = DemoStaff.byId(request.user()).orElseThrow(
                () -> ProblemException.invalidField("user", "not a demo staff member; see /api/v1/demo/staff"));
        return new DemoSignIn(tokens.issue(member.asDemoUser()), "Bearer", lifetime.toSeconds());
    }

    private void requireDemo() {
        if (!tokens.enabled()) {
            throw ProblemException.notFound("No such resource");
        }
    }

    public record DemoSignInRequest(String user) {
    }

    public record DemoSignIn(String accessToken, String tokenType, long expiresIn) {
    }

    public record DemoStaffView(String id, String name, String description, List<String> roles, String department,
            String ward, String doctorCode) {

        static DemoStaffView of(DemoStaff.Member m) {
            return new DemoStaffView(m.id(), m.name(), m.description(), m.roles(), m.department().orElse(null),
                    m.ward().orElse(null), m.doctorCode().orElse(null));
        }
    }
}
