package cn.yibao.guard.drg;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/v1/drg")
@Tag(name = "DRG", description = "CHS-DRG grouping (分组) with imported, versioned schemes")
public class DrgResource {

    static final String CSV = "text/csv";
    static final String ZIP = "application/zip";
    private static final String SCHEME_DOC = "scheme name; without it the configured default "
            + "(yibao.drg.default-scheme)";

    private final DrgGroupingService grouping;
    private final DrgSchemeService schemes;
    private final SchemeImporter importer;
    private final SecurityIdentity identity;

    public DrgResource(DrgGroupingService grouping, DrgSchemeService schemes, SchemeImporter importer,
            SecurityIdentity identity) {
        this.grouping = grouping;
        this.schemes = schemes;
        this.importer = importer;
        this.identity = identity;
    }

    @POST
    @Path("/group")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Group one case: MDC, ADRG, DRG, status and the trace of every decision")
    public Uni<GroupResponse> group(@RestQuery @Parameter(description = SCHEME_DOC) String scheme,
            @Valid @NotNull GroupRequest request) {
        return grouping.group(scheme, request.toCase());
    }

    @POST
    @Path("/group:batch")
    @Consumes(CSV)
    @Produces(CSV)
    @Blocking
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Group a CSV of cases (id,sex,age_years,age_days,birth_weight_g,los_days,"
            + "discharge_mode,diagnoses,procedures) into a CSV of results (id,mdc,adrg,drg,status,reason), "
            + "streamed; a malformed row comes out INVALID with its line number")
    public Multi<String> groupBatch(@RestQuery @Parameter(description = SCHEME_DOC) String scheme,
            InputStream body) {
        var batch = grouping.openBatch(scheme, body);
        return Multi.createFrom().iterable(() -> batch).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("/schemes")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The imported schemes, each in its latest version")
    public Uni<List<SchemeSummary>> schemes() {
        return schemes.schemes();
    }

    @POST
    @Path("/schemes")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Import a scheme zip (CHS-DRG layout; code lists under codes/) as the next version "
            + "of the named scheme; an invalid zip changes nothing and names the file and line at fault")
    public Uni<RestResponse<SchemeSummary>> importScheme(
            @RestQuery @Parameter(description = "scheme name, e.g. chs-drg-1.1", required = true) String name,
            byte[] body) {
        try {
            PreparedScheme.checkName(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("name", e.getMessage());
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "the request carries no zip");
        }
        return importer.importZip(name, body, StaffUser.of(identity).id())
                .map(saved -> RestResponse.status(RestResponse.Status.CREATED, saved));
    }
}
