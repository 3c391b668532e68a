package cn.yibao.guard.order;

import cn.yibao.guard.order.api.OrderLineRequest;

/**
 * An order line as it is recorded: the request's line, whether it was checked as a draft, and the catalogue
 * code it resolved to at the time ({@code null} when unmatched).
 */
public record LineRecord(OrderLineRequest line, boolean draft, String matchedCode) {
}
