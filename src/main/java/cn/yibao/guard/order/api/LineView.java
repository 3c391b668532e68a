package cn.yibao.guard.order.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Verdict;

/**
 * One order line of an encounter: as first recorded, its status (ACTIVE or WITHDRAWN), the latest check that
 * covered it with that check's verdict and the hits naming it, and the latest decision on it.
 */
public record LineView(String lineId, String itemCode, String hisCode, String genericName, String name,
        String matchedCode, BigDecimal quantity, BigDecimal unitPrice, String frequency, Integer days,
        String doctorCode, boolean longTerm, OffsetDateTime orderedAt, OffsetDateTime recordedAt, String status,
        OffsetDateTime withdrawnAt, String withdrawnHow, UUID checkId, Verdict verdict, List<RuleHit> hits,
        DecisionOutcome decision) {
}
