package cn.yibao.guard.rules.nhsa;

/** What a batch's rules are created with: their tiers, and whether they start enabled. */
public record BatchPolicy(BatchTiers tiers, boolean enabled) {
}
