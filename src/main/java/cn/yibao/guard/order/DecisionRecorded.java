package cn.yibao.guard.order;

import cn.yibao.guard.order.api.DecisionView;

/**
 * Fired (CDI event) after a physician's decision on a check has committed: accepted, overridden with a coded
 * reason, or cancelled. Observers must not block; their failures never reach the caller.
 */
public record DecisionRecorded(DecisionView decision) {
}
