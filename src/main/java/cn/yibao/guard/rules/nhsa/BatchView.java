package cn.yibao.guard.rules.nhsa;

/**
 * A batch type and its state: whether it was imported, the tiers and state its rules were given, how many live
 * rules it has (and how many of them are enabled), and its latest import.
 */
public record BatchView(String batchType, String title, boolean imported, BatchTiers tiers, Boolean enabled,
        long rules, long enabledRules, ImportView lastImport) {
}
