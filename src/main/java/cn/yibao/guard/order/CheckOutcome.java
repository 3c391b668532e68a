package cn.yibao.guard.order;

import java.util.List;
import java.util.UUID;

import cn.yibao.guard.order.api.OrderCheckResponse;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Verdict;

/** A finished check as the caller is answered: verdict, unmatched line ids and hits. */
public record CheckOutcome(UUID checkId, Verdict verdict, List<String> unmatched, List<RuleHit> hits) {

    public static CheckOutcome unchecked(UUID checkId, List<String> unmatched) {
        return new CheckOutcome(checkId, Verdict.UNCHECKED, unmatched, List.of());
    }

    public OrderCheckResponse response() {
        return new OrderCheckResponse(checkId, verdict, unmatched, hits);
    }
}
