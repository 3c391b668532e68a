package cn.yibao.guard.order;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import cn.yibao.guard.order.api.EncounterOrders;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/encounters/{id}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order check")
public class EncounterOrderResource {

    private final EncounterOrderService orders;
    private final OrderEvents events;
    private final SecurityIdentity identity;

    public EncounterOrderResource(EncounterOrderService orders, OrderEvents events, SecurityIdentity identity) {
        this.orders = orders;
        this.events = events;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The encounter's order lines with their status and check results",
            description = "Each line as first recorded, ACTIVE or WITHDRAWN, with the latest check that covered it, "
                    + "that check's hits naming the line and the latest decision; and every check with its "
                    + "decisions. Physicians and nurses see only their department's encounters.")
    @APIResponse(responseCode = "404", description = "No such encounter")
    public Uni<EncounterOrders> list(@RestPath @Size(max = 64) String id) {
        return orders.orders(id, StaffUser.of(identity));
    }

    @DELETE
    @Path("/{lineId}")
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN})
    @Operation(summary = "Withdraw an order line (撤销/停嘱)",
            description = "The line stops counting for per-stay caps, duplicates and stepped therapy. Idempotent.")
    @APIResponse(responseCode = "204", description = "Withdrawn (or already withdrawn)")
    @APIResponse(responseCode = "404", description = "No such encounter or line")
    public Uni<Void> withdraw(@RestPath @Size(max = 64) String id, @RestPath @Size(max = 64) String lineId) {
        StaffUser user = StaffUser.of(identity);
        // The event follows the committed transaction, so observers never see a withdrawal that rolled back.
        return orders.withdraw(id, lineId, user)
                .invoke(() -> events.linesWithdrawn(id, List.of(lineId), OrderLineEntity.WITHDRAWN, user.id()));
    }
}
