package cn.yibao.guard.rules.nhsa;

import cn.yibao.guard.rules.StoredChecks;
import cn.yibao.guard.rules.engine.DryRunReport;

/**
 * A dry run of one batch: every live rule of the batch, enabled or not, with its present tiers, evaluated over
 * the stored orders (waivers applied), counting what it would have raised.
 *
 * @param ordersAvailable whether stored orders exist to replay (false when no feature stores orders)
 */
public record DryRunView(String batchType, int rules, boolean ordersAvailable, StoredChecks.Query query,
        DryRunReport report) {
}
