package cn.yibao.guard.order.api;

/** A coded override reason offered at signing; some need a comment as well. */
public record OverrideReasonView(String code, String label, boolean requiresComment) {
}
