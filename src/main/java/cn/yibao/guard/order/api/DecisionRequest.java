package cn.yibao.guard.order.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The physician's decision on some lines of a WARN or BLOCK check; OVERRIDDEN needs a reason code. */
public record DecisionRequest(
        @NotNull @Size(min = 1, max = OrderCheckRequest.MAX_LINES) List<@NotBlank @Size(max = 64) String> lineIds,
        @NotNull DecisionOutcome outcome,
        @Size(max = 32) String reasonCode,
        @Size(max = 1000) String comment) {
}
