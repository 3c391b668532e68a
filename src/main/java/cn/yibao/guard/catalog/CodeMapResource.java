package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.yibao.guard.common.Paging;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code map", description = "字典对照: the hospital's HIS item codes mapped to national catalogue codes. "
        + CodeMapResource.CSV_DOC)
public class CodeMapResource {

    static final String CSV_DOC = "CSV (UTF-8, header row first): hisCode,hisName,nationalCode; nationalCode "
            + "may be empty while the code is not mapped yet. The JSON form is an array of objects with the same "
            + "names.";

    private static final int MAX_PAGE_SIZE = 500;

    private final CodeMapService codeMap;
    private final Validator validator;
    private final SecurityIdentity identity;

    public CodeMapResource(CodeMapService codeMap, Validator validator, SecurityIdentity identity) {
        this.codeMap = codeMap;
        this.validator = validator;
        this.identity = identity;
    }

    @POST
    @Path("code-map:import")
    @Consumes({CatalogResource.CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Import the HIS item dictionary from CSV or JSON (all or nothing)", description = "mode="
            + "upsert (default) or replace; Content-Encoding: gzip accepted. " + CSV_DOC)
    public Uni<ImportResult> importMappings(byte[] body, @RestHeader("Content-Type") MediaType type,
            @RestHeader("Content-Encoding") String encoding,
            @Parameter(description = "upsert (default) or replace") @RestQuery String mode) {
        ImportMode chosen = ImportBody.mode(mode);
        ImportBody file = ImportBody.of(body, type, encoding);
        return codeMap.importFile(file, chosen, user());
    }

    @GET
    @Path("code-map:export")
    @Produces(CatalogResource.CSV + ";charset=UTF-8")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Export the code map as CSV (format=csv, the default) or JSON (format=json)")
    public Uni<String> exportCsv(@Parameter(description = "csv (default) or json") @RestQuery String format) {
        return codeMap.all().map(rows -> {
            List<String[]> lines = new ArrayList<>(rows.size() + 1);
            lines.add(MappingParser.HEADER.toArray(String[]::new));
            rows.forEach(row -> lines.add(MappingParser.row(row.hisCode(), row.hisName(), row.nationalCode())));
            return CsvTable.format(lines);
        });
    }

    @GET
    @Path("code-map:export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Export the code map as JSON (format=json)", hidden = true)
    public Uni<List<MappingDocument>> exportJson(@RestQuery String format) {
        return codeMap.all().map(rows -> rows.stream()
                .map(row -> new MappingDocument(row.hisCode(), row.hisName(), row.nationalCode())).toList());
    }

    @GET
    @Path("code-map")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Search the code map by HIS code, HIS name or national code; mapped=true|false filters")
    public Uni<PageOf<MappingView>> search(@RestQuery String q, @RestQuery String mapped, @RestQuery String page,
            @RestQuery String size) {
        return codeMap.search(q, mapped(mapped), Paging.page(page), Paging.size(size, MAX_PAGE_SIZE));
    }

    @GET
    @Path("code-map/unmapped")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "未对照: HIS codes without a national code or mapped to a code not in the catalogue",
            description = "JSON (default) or CSV with format=csv (columns hisCode,hisName,nationalCode,reason; "
                    + "reason NO_NATIONAL_CODE or NOT_IN_CATALOGUE).")
    public Uni<UnmappedReport> unmapped(@Parameter(description = "json (default) or csv") @RestQuery String format) {
        return codeMap.unmapped();
    }

    @GET
    @Path("code-map/unmapped")
    @Produces(CatalogResource.CSV + ";charset=UTF-8")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "未对照 as CSV (format=csv)", hidden = true)
    public Uni<String> unmappedCsv(@RestQuery String format) {
        return codeMap.unmapped().map(report -> {
            List<String[]> lines = new ArrayList<>(report.codes().size() + 1);
            lines.add(new String[] {"hisCode", "hisName", "nationalCode", "reason"});
            report.codes().forEach(c -> lines.add(new String[] {c.hisCode(), c.hisName(),
                    c.nationalCode() == null ? "" : c.nationalCode(), c.reason().name()}));
            return CsvTable.format(lines);
        });
    }

    @GET
    @Path("code-map/{hisCode}")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "One code-map entry")
    public Uni<MappingView> get(@RestPath String hisCode) {
        return codeMap.get(hisCode);
    }

    @PUT
    @Path("code-map/{hisCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Create or change one mapping", description = "Body {hisName, nationalCode}; an empty or "
            + "absent nationalCode marks the code unmapped. 201 when created, 200 when changed.")
    public Uni<Response> put(@RestPath String hisCode, MappingDocument body) {
        if (body == null) {
            throw ProblemException.invalidField("body", "must be a code-map entry");
        }
        if (body.hisCode() != null && !body.hisCode().equals(hisCode)) {
            throw ProblemException.invalidField("hisCode", "must equal the HIS code in the path (" + hisCode + ")");
        }
        MappingDocument mapping = body.withHisCode(hisCode);
        Set<ConstraintViolation<MappingDocument>> violations = validator.validate(mapping);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return codeMap.put(mapping, user()).map(edit -> Response.status(edit.created() ? 201 : 200)
                .header("X-Catalog-Version", edit.version()).entity(edit.row()).build());
    }

    @DELETE
    @Path("code-map/{hisCode}")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Remove one HIS code from the code map")
    public Uni<Response> delete(@RestPath String hisCode) {
        return codeMap.delete(hisCode, user()).map(version -> Response.noContent()
                .header("X-Catalog-Version", version).build());
    }

    private static Boolean mapped(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField("mapped", "must be true or false");
        };
    }

    private String user() {
        return StaffUser.of(identity).id();
    }
}
