package cn.yibao.guard.order;

import java.util.List;

import cn.yibao.guard.order.api.OrderCheckRequest;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.security.StaffUser;

/**
 * One order check to run, whichever shape it arrived in.
 *
 * @param priorLines   earlier lines of the stay that the caller sent along (the 3101 shape's
 *                     {@code curr_drord_flag = 0} lines): recorded if new and counted as history, not checked
 * @param startedNanos {@link System#nanoTime()} when the request arrived; the deadline counts from there
 */
public record CheckCommand(OrderCheckRequest request, List<OrderLineRequest> priorLines, String channel,
        StaffUser user, long startedNanos) {

    public static final String CHANNEL_API = "API";
    public static final String CHANNEL_NHSA_3101 = "NHSA_3101";

    public CheckCommand {
        priorLines = priorLines == null ? List.of() : priorLines;
    }
}
