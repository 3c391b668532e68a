package cn.yibao.guard.order;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import cn.yibao.guard.order.api.DecisionRequest;
import cn.yibao.guard.order.api.DecisionView;
import cn.yibao.guard.order.api.OrderCheckRequest;
import cn.yibao.guard.order.api.OrderCheckResponse;
import cn.yibao.guard.order.api.OverrideReasonView;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Order check", description = "事前提醒: draft orders checked against the insurance rules before signing")
public class OrderResource {

    private final OrderCheckService checks;
    private final DecisionService decisions;
    private final OrderEvents events;
    private final SecurityIdentity identity;

    public OrderResource(OrderCheckService checks, DecisionService decisions, OrderEvents events,
            SecurityIdentity identity) {
        this.checks = checks;
        this.decisions = decisions;
        this.events = events;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN})
    @Operation(summary = "Check draft order lines",
            description = "Answers the verdict (PASS, WARN, BLOCK, or UNCHECKED when the check could not finish "
                    + "within yibao.check.deadline), the lines whose item could not be matched and the rule hits. "
                    + "Encounter, check, lines and hits are recorded durably before a verdict is answered. A line id "
                    + "already recorded for the encounter is recorded once and never counts against itself. "
                    + "Physicians check only their department's encounters and their own lines (a line without "
                    + "doctorCode takes the token's doctor_code).")
    @APIResponse(responseCode = "200", description = "The check's answer")
    @APIResponse(responseCode = "400", description = "Invalid request; nothing recorded")
    @APIResponse(responseCode = "403", description = "Not your department or not your order")
    @APIResponse(responseCode = "413", description = "Body larger than 1 MB")
    public Uni<OrderCheckResponse> check(@NotNull @Valid OrderCheckRequest request, @Context RoutingContext rc) {
        CheckCommand command = new CheckCommand(request, List.of(), CheckCommand.CHANNEL_API,
                StaffUser.of(identity), CheckMetrics.startedNanos(rc));
        return checks.check(command).map(CheckOutcome::response);
    }

    @POST
    @Path("/{checkId}/decision")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN})
    @Operation(summary = "Record the physician's decision on a WARN or BLOCK check",
            description = "ACCEPTED, OVERRIDDEN (reasonCode required, from /api/v1/orders/override-reasons) or "
                    + "CANCELLED (the lines are withdrawn and stop counting). Records who decided and when.")
    @APIResponse(responseCode = "201", description = "The recorded decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such check (or not visible to you)")
    @APIResponse(responseCode = "409", description = "The check was not answered WARN or BLOCK, or a line is withdrawn")
    public Uni<Response> decide(@RestPath UUID checkId, @NotNull @Valid DecisionRequest request) {
        // The event follows the committed transaction, so observers never see a decision that rolled back.
        return decisions.decide(checkId, request, StaffUser.of(identity))
                .invoke(events::decisionRecorded)
                .map(d -> Response.status(201).entity(d).build());
    }

    @GET
    @Path("/override-reasons")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The coded reasons a physician may give for overriding a warning")
    public Uni<List<OverrideReasonView>> overrideReasons() {
        return decisions.reasons();
    }
}
