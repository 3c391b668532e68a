package cn.yibao.guard.order.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.yibao.guard.rules.engine.Verdict;

/**
 * One check of an encounter. {@code verdict} is what the rules said; {@code answered} is what the caller was
 * told (UNCHECKED when the deadline passed before the rules had spoken).
 */
public record CheckView(UUID checkId, String channel, String requestedBy, Verdict verdict, Verdict answered,
        List<String> lineIds, List<String> unmatched, int hitCount, OffsetDateTime checkedAt,
        List<DecisionView> decisions) {
}
