package cn.yibao.guard.rules;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.rules.RuleRepository.Filter;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "Audit rules (审核规则): templates, versioned rule records, enabling")
public class RuleResource {

    static final int MAX_PAGE_SIZE = 500;

    private final RuleService service;
    private final SecurityIdentity identity;

    public RuleResource(RuleService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR, Roles.PHYSICIAN})
    @Operation(summary = "Rules (current versions), by id; filter by template, enabled and source prefix")
    public Uni<RulePage> list(@QueryParam("template") String template, @QueryParam("enabled") String enabled,
            @QueryParam("source") String source, @QueryParam("retired") @DefaultValue("false") String retired,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        if (template != null && service.compiler().templates().find(template).isEmpty()) {
            throw ProblemException.invalidField("template", "unknown template '" + template + "'");
        }
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
        Filter filter = new Filter(template, flag("enabled", enabled), blankToNull(source),
                Boolean.TRUE.equals(flag("retired", retired)));
        return service.list(filter, pageNumber, pageSize);
    }

    @GET
    @Path("templates")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR, Roles.PHYSICIAN})
    @Operation(summary = "The rule templates with their parameters, catalogue fields and evidence")
    public List<TemplateView> templates() {
        return service.templates().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR, Roles.PHYSICIAN})
    @Operation(summary = "A rule's current version and state")
    public Uni<RuleView> get(@PathParam("id") String id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR, Roles.PHYSICIAN})
    @Operation(summary = "Every version of a rule, oldest first")
    public Uni<List<RuleView>> versions(@PathParam("id") String id) {
        return service.versions(id);
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR, Roles.PHYSICIAN})
    @Operation(summary = "Who created, edited, enabled, disabled or retired a rule, and when")
    public Uni<List<RuleEventView>> events(@PathParam("id") String id) {
        return service.events(id);
    }

    @POST
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Create a rule (version 1); the id is the client's or, when absent, assigned as R-<n>")
    public Uni<RestResponse<RuleView>> create(@Valid @NotNull NewRule rule) {
        return service.create(rule, user()).map(view -> RestResponse.ResponseBuilder
                .<RuleView>created(URI.create("/api/v1/rules/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Edit a rule: the content becomes its next version; 409 unless expectedVersion is current")
    public Uni<RuleView> edit(@PathParam("id") String id, @Valid @NotNull RuleEdit edit) {
        return service.edit(id, edit, user());
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Enable a rule (recorded with who and when)")
    public Uni<RuleView> enable(@PathParam("id") String id) {
        return service.setEnabled(id, true, user());
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Disable a rule (recorded with who and when)")
    public Uni<RuleView> disable(@PathParam("id") String id) {
        return service.setEnabled(id, false, user());
    }

    private String user() {
        return StaffUser.of(identity).id();
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidField(field, "must be a whole number from " + min + " to " + max);
    }

    private static Boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(field, "must be true or false");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
