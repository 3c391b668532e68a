package cn.yibao.guard.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.yibao.guard.common.Paging;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Live alerts (实时提醒) to stations; sockets under /ws/stations (docs/alerts.md)")
public class AlertResource {

    static final int MAX_SIZE = 500;

    private final AlertService alerts;
    private final SecurityIdentity identity;

    public AlertResource(AlertService alerts, SecurityIdentity identity) {
        this.alerts = alerts;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Alerts, newest first, scoped like the station sockets",
            description = "A physician sees their workstation (physician/{doctor_code}), a nurse their ward "
                    + "(nurse/{ward}); insurance office, supervisors and admins every alert, or one station's. "
                    + "station = physician/{doctorCode}, nurse/{wardCode}, office/{departmentCode} or "
                    + "office/hospital (office streams carry critical alerts).")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    @APIResponse(responseCode = "403", description = "The station is not yours")
    public Uni<AlertPage> list(
            @Parameter(description = "physician/D01, nurse/W3, office/CARD or office/hospital") @RestQuery String station,
            @Parameter(description = "OPEN, ACKNOWLEDGED, OVERRIDDEN or RESOLVED") @RestQuery String state,
            @RestQuery String page, @RestQuery String size) {
        Station s = station == null || station.isBlank() ? null : Station.parse(station, "station");
        return alerts.list(StaffUser.of(identity), s, state(state), Paging.page(page), Paging.size(size, MAX_SIZE));
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Acknowledge an alert, or override it with a coded reason",
            description = "The same body as the socket's override frame. Records who, when, outcome, reason and "
                    + "comment, and sends an update frame to every station that shows the alert.")
    @APIResponse(responseCode = "200", description = "The alert as it now stands")
    @APIResponse(responseCode = "400", description = "Unknown reasonCode, missing comment, bad type")
    @APIResponse(responseCode = "403", description = "Not an alert of your stations")
    @APIResponse(responseCode = "404", description = "No such alert")
    @APIResponse(responseCode = "409", description = "The alert is resolved or already overridden")
    public Uni<Alert> feedback(@RestPath long id, @NotNull @Valid FeedbackRequest request) {
        return alerts.feedback(id, request, StaffUser.of(identity), null);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Hits and override rates by rule, department and doctor",
            description = "For alerts raised in [from, to) (ISO-8601 with offset; default the last 30 days).")
    public Uni<AlertStats> stats(@RestQuery String from, @RestQuery String to) {
        OffsetDateTime end = time("to", to, OffsetDateTime.now(ZoneOffset.UTC));
        OffsetDateTime start = time("from", from, end.minusDays(30));
        if (!start.isBefore(end)) {
            throw ProblemException.invalidField("from", "must be before to");
        }
        return alerts.stats(start, end);
    }

    private static AlertState state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AlertState.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "must be OPEN, ACKNOWLEDGED, OVERRIDDEN or RESOLVED");
        }
    }

    private static OffsetDateTime time(String field, String text, OffsetDateTime otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a time with offset, e.g. 2026-11-21T00:00:00+08:00");
        }
    }
}
