package cn.yibao.guard.rules.nhsa;

/**
 * The batch after a bulk change, and what the change did.
 *
 * @param newVersions rules given a new version (tiers changed)
 * @param switched    rules enabled or disabled
 */
public record BatchRevisionView(BatchView batch, int newVersions, int switched) {
}
