package cn.yibao.guard.rules;

/**
 * What {@link RuleService#replaceRulesFromSource} did: rules created, given a new version, left unchanged
 * (same content), and retired because they disappeared from the source.
 */
public record ImportSummary(int created, int updated, int unchanged, int retired) {
}
