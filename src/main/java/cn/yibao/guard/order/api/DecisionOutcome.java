package cn.yibao.guard.order.api;

/** What the physician did with a WARN or BLOCK verdict at signing. */
public enum DecisionOutcome {
    /** Followed the advice (e.g. changed the order, told the patient): the lines stand. */
    ACCEPTED,
    /** Signed despite the warning, with a coded reason. */
    OVERRIDDEN,
    /** Cancelled the lines: they are withdrawn and stop counting. */
    CANCELLED
}
