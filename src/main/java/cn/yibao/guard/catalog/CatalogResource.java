package cn.yibao.guard.catalog;

import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.yibao.guard.common.Paging;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "医保目录: catalogue items with their payment class and restrictions; "
        + "bulk import and export in CSV and JSON. " + CatalogResource.CSV_DOC)
public class CatalogResource {

    static final String CSV_DOC = "CSV (UTF-8, header row first, columns in any order, optional columns may be "
            + "left out): code,name,kind,paymentClass,selfPayRatio,priceCap,genericName,ingredient,drugClass,unit,"
            + "sex,minAgeYears,maxAgeYears,minHospitalLevel,visitType,indications,maxQuantityPerDay,"
            + "maxQuantityPerStay,maxPaymentDays,firstLineItems,requiresItems,excludesItems,insuranceTypes,note. "
            + "Required: code, name, kind (DRUG|SERVICE|MATERIAL), paymentClass (A|B|C; 甲|乙|丙 accepted). "
            + "List cells (indications as ICD-10 prefixes, firstLineItems, requiresItems, excludesItems, "
            + "insuranceTypes) separate values with '|'. sex 1|2, ages 0-150, minHospitalLevel 1-3, visitType "
            + "INPATIENT|OUTPATIENT, selfPayRatio 0-1, money in yuan. The JSON form is an array of item objects "
            + "with the same names, restrictions nested under 'restrictions'. Errors name 'row N, column X' "
            + "(the header is row 1) or, for JSON, '[i].field'.";

    static final String CSV = "text/csv";
    private static final int MAX_PAGE_SIZE = 500;

    private final CatalogItemService items;
    private final CatalogSnapshots snapshots;
    private final Validator validator;
    private final SecurityIdentity identity;

    public CatalogResource(CatalogItemService items, CatalogSnapshots snapshots, Validator validator,
            SecurityIdentity identity) {
        this.items = items;
        this.snapshots = snapshots;
        this.validator = validator;
        this.identity = identity;
    }

    @POST
    @Path("items:import")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Import catalogue items from CSV or JSON (all or nothing)", description = "Body text/csv "
            + "or application/json, optionally with Content-Encoding: gzip. mode=upsert (default) inserts new codes "
            + "and updates existing ones; mode=replace makes the file the whole catalogue. A file with any bad row "
            + "changes nothing and is answered 400 naming every bad row and column. " + CSV_DOC)
    public Uni<ImportResult> importItems(byte[] body, @RestHeader("Content-Type") MediaType type,
            @RestHeader("Content-Encoding") String encoding,
            @Parameter(description = "upsert (default) or replace") @RestQuery String mode) {
        ImportMode chosen = ImportBody.mode(mode);
        ImportBody file = ImportBody.of(body, type, encoding);
        return items.importFile(file, chosen, user());
    }

    @GET
    @Path("items:export")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Export the catalogue as CSV (format=csv, the default) or JSON (format=json)",
            description = "Streamed, items in code order; what an import of the same file reproduces. The header "
                    + "X-Catalog-Version names the version exported. " + CSV_DOC)
    public Multi<String> exportCsv(@Parameter(description = "csv (default) or json") @RestQuery String format) {
        return RestMulti.fromUniResponse(snapshots.refresh(), ItemExport::csv,
                catalog -> download(catalog, "csv"));
    }

    @GET
    @Path("items:export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Export the catalogue as a JSON array (format=json)", hidden = true)
    public Multi<ItemDocument> exportJson(@RestQuery String format) {
        return RestMulti.fromUniResponse(snapshots.refresh(), ItemExport::json,
                catalog -> download(catalog, "json"));
    }

    private static Map<String, List<String>> download(Catalog catalog, String extension) {
        return Map.of("X-Catalog-Version", List.of(Long.toString(catalog.version())),
                HttpHeaders.CONTENT_DISPOSITION, List.of("attachment; filename=\"catalog-v" + catalog.version()
                        + "." + extension + "\""));
    }

    @GET
    @Path("items")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Search items by code, name or generic name (contains, any case), optionally by kind")
    public Uni<PageOf<ItemView>> search(@RestQuery String q, @RestQuery String kind, @RestQuery String page,
            @RestQuery String size) {
        return items.search(q, kind(kind), Paging.page(page), Paging.size(size, MAX_PAGE_SIZE));
    }

    @GET
    @Path("items/{code}")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "One catalogue item")
    public Uni<ItemView> get(@RestPath String code) {
        return items.get(code);
    }

    @PUT
    @Path("items/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Create or replace one item", description = "201 when created, 200 when replaced. The "
            + "body's code may be left out; if given it must equal the path's.")
    public Uni<Response> put(@RestPath String code, ItemDocument body) {
        if (body == null) {
            throw ProblemException.invalidField("body", "must be a catalogue item");
        }
        if (body.code() != null && !body.code().equals(code)) {
            throw ProblemException.invalidField("code", "must equal the code in the path (" + code + ")");
        }
        ItemDocument document = body.withCode(code);
        validate(document);
        return items.put(document.toItem(), user()).map(edit -> Response.status(edit.created() ? 201 : 200)
                .header("X-Catalog-Version", edit.version()).entity(edit.row()).build());
    }

    @DELETE
    @Path("items/{code}")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Remove one item")
    public Uni<Response> delete(@RestPath String code) {
        return items.delete(code, user()).map(version -> Response.noContent()
                .header("X-Catalog-Version", version).build());
    }

    @GET
    @Path("version")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The catalogue version this instance's order check uses, and its size")
    @NonBlocking
    public CatalogInfo version() {
        CatalogSnapshots.Current current = snapshots.current();
        return new CatalogInfo(current.catalog().version(), current.catalog().size(),
                current.loadedAt() == null ? null : current.loadedAt().atZone(items.zone()).toOffsetDateTime());
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The latest catalogue changes, newest first: version, operation, who, when, how many")
    public Uni<List<ChangeView>> changes(@RestQuery String limit) {
        return items.changes(Paging.size(limit, MAX_PAGE_SIZE));
    }

    private void validate(ItemDocument document) {
        Set<ConstraintViolation<ItemDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static ItemKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ItemKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "must be DRUG, SERVICE or MATERIAL");
        }
    }

    private String user() {
        return StaffUser.of(identity).id();
    }
}
