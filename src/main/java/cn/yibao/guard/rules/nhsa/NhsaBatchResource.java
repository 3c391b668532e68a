package cn.yibao.guard.rules.nhsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

@Path("/api/v1/rules/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "NHSA rule batches", description = "The national rule-base batches (两库 规则库): import, bulk tiers and "
        + "state, import log, unchecked conditions, dry run")
public class NhsaBatchResource {

    static final String CSV = "text/csv";

    private final NhsaBatchService service;
    private final SecurityIdentity identity;
    private final Vertx vertx;

    public NhsaBatchResource(NhsaBatchService service, SecurityIdentity identity, Vertx vertx) {
        this.service = service;
        this.identity = identity;
        this.vertx = vertx;
    }

    @GET
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Every batch type with its tiers, state, rule counts and latest import")
    public Uni<List<BatchView>> list() {
        return service.list();
    }

    @GET
    @Path("{type}")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One batch type with its tiers, state, rule counts and latest import")
    public Uni<BatchView> get(@PathParam("type") String type) {
        return service.get(type(type));
    }

    @POST
    @Path("{type}")
    @Consumes({CSV, SheetReader.XLSX_MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Import a batch as published: the CSV, or the xlsx (its second sheet is the codes sheet); "
            + "a drug batch's separate -codes.csv goes with multipart/form-data")
    public Uni<ImportResult> importFile(@PathParam("type") String type, @QueryParam("fileName") String fileName,
            byte[] body) {
        BatchType batch = type(type);
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "the file is empty");
        }
        String name = fileName != null && !fileName.isBlank() ? fileName.trim()
                : batch.stem() + (SheetReader.isXlsx(body) ? ".xlsx" : ".csv");
        return service.importBatch(batch, BatchUpload.of(name, body), user());
    }

    @POST
    @Path("{type}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Import a batch from a form: part 'file' (CSV or xlsx) and, for drug batches given as CSV, "
            + "part 'codes' (the -codes.csv)")
    public Uni<ImportResult> importForm(@PathParam("type") String type, @RestForm("file") FileUpload file,
            @RestForm("codes") FileUpload codes) {
        BatchType batch = type(type);
        if (file == null) {
            throw ProblemException.invalidField("file", "the batch file is required");
        }
        return vertx.executeBlocking(() -> new BatchUpload(file.fileName(), bytes(file),
                codes == null ? null : codes.fileName(), codes == null ? null : bytes(codes)))
                .flatMap(upload -> service.importBatch(batch, upload, user()));
    }

    @PATCH
    @Path("{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Set severity, action, judgement and/or enabled for every rule of the batch (new versions "
            + "for changed tiers; later imports use them too)")
    public Uni<BatchRevisionView> revise(@PathParam("type") String type, BatchPatch patch) {
        return service.revise(type(type), patch, user());
    }

    @GET
    @Path("{type}/imports")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The batch's import log, newest first: file, checksum, who, when, counts")
    public Uni<List<ImportView>> imports(@PathParam("type") String type) {
        return service.imports(type(type));
    }

    @GET
    @Path("{type}/unchecked-conditions")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Rows whose free text adds conditions the rule does not check, and rows the last import "
            + "skipped (JSON; text/csv with Accept: text/csv)")
    public Uni<UncheckedReport> uncheckedConditions(@PathParam("type") String type) {
        return service.uncheckedConditions(type(type));
    }

    @GET
    @Path("{type}/unchecked-conditions")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The unchecked-conditions report as CSV: one line per condition, then the skipped rows")
    public Uni<String> uncheckedConditionsCsv(@PathParam("type") String type) {
        return service.uncheckedConditions(type(type)).map(UncheckedCsv::write);
    }

    @POST
    @Path("{type}/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Evaluate the batch's rules (enabled or not) over stored orders: hits by rule, department "
            + "and doctor")
    public Uni<DryRunView> dryRun(@PathParam("type") String type, @Valid DryRunRequest request) {
        return service.dryRun(type(type), request);
    }

    private static BatchType type(String stem) {
        return BatchType.of(stem).orElseThrow(() -> ProblemException.notFound("No batch type " + stem
                + "; types: " + String.join(", ", BatchType.stems())));
    }

    private static byte[] bytes(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String user() {
        return StaffUser.of(identity).id();
    }
}
