package cn.yibao.guard.order.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The order check's request (事前审核): the encounter as HIS knows it now, and the draft order lines to check.
 * Line ids are unique within one request; a line id sent again (retry) is recorded once.
 */
@UniqueLineIds
@Schema(description = "An encounter and the draft order lines to check")
public record OrderCheckRequest(
        @NotNull @Valid EncounterRequest encounter,
        @NotNull @Size(min = 1, max = OrderCheckRequest.MAX_LINES) List<@NotNull @Valid OrderLineRequest> orders) {

    /** The most lines one check accepts; a whole stay's orders are sent over several checks. */
    public static final int MAX_LINES = 500;
}
