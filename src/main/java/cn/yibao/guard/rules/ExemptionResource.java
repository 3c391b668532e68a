package cn.yibao.guard.rules;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/rules/exemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rule exemptions", description = "Waivers (豁免) of a rule for a patient (e.g. 特药备案) or a department")
public class ExemptionResource {

    private final ExemptionService service;
    private final SecurityIdentity identity;

    public ExemptionResource(ExemptionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    /** Why a waiver is revoked. */
    public record Revocation(@Size(max = 500) String reason) {
    }

    @GET
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Waivers, by id; filter by rule, patient or department; revoked ones with revoked=true")
    public Uni<List<ExemptionView>> list(@QueryParam("ruleId") String ruleId, @QueryParam("patientId") String patientId,
            @QueryParam("department") String department,
            @QueryParam("revoked") @DefaultValue("false") String revoked) {
        boolean includeRevoked = switch (revoked.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField("revoked", "must be true or false");
        };
        return service.list(new ExemptionRepository.Filter(blankToNull(ruleId), blankToNull(patientId),
                blankToNull(department), includeRevoked));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One waiver")
    public Uni<ExemptionView> get(@PathParam("id") String id) {
        return service.get(id(id));
    }

    @POST
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Waive a rule for a patient or a department (who and why recorded; optional validity)")
    public Uni<RestResponse<ExemptionView>> create(@Valid @NotNull NewExemption body) {
        return service.create(body, user()).map(view -> RestResponse.ResponseBuilder
                .<ExemptionView>created(URI.create("/api/v1/rules/exemptions/" + view.id())).entity(view).build());
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Revoke a waiver (who, when and why recorded); the rule applies again")
    public Uni<ExemptionView> revoke(@PathParam("id") String id, @Valid Revocation body) {
        return service.revoke(id(id), body == null ? null : blankToNull(body.reason()), user());
    }

    private String user() {
        return StaffUser.of(identity).id();
    }

    private static long id(String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.notFound("No exemption " + value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
