package cn.yibao.guard.order.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.rules.RuleService;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Severity;

/**
 * A small hand-written rule book for the order check's tests, until the rule engine is merged: a per-stay cap
 * computed from the stay history, a blocking item and a self-pay notice. Enabled only by {@link OrderTestProfile}.
 */
@Alternative
@ApplicationScoped
public class FixedRuleService extends RuleService {

    public FixedRuleService() {
        super(null, null, null, null, null);
    }

    public static final String CAP_RULE = "R-STAY-CAP";
    public static final String BLOCK_RULE = "R-BLOCK";
    public static final String SELF_PAY_RULE = "R-SELF-PAY";

    static final RuleBook BOOK = new RuleBook() {

        @Override
        public List<RuleHit> evaluate(CheckInput input) {
            List<RuleHit> hits = new ArrayList<>();
            stayCaps(input, hits);
            for (OrderLine line : input.lines()) {
                if (!line.matched()) {
                    continue;
                }
                if (line.item().code().equals(FixedCatalogService.FAILING)) {
                    throw new IllegalStateException("rule book failure for a test");
                }
                if (line.item().code().equals(FixedCatalogService.BLOCKED)) {
                    hits.add(new RuleHit(List.of(line.lineId()), BLOCK_RULE, 1, "ITEM_BLOCKED", Severity.CRITICAL,
                            RuleAction.BLOCK, Judgement.VIOLATION, "禁用药品", Map.of("item", line.item().code()),
                            "local"));
                }
                if (line.item().paymentClass() == PaymentClass.C) {
                    hits.add(new RuleHit(List.of(line.lineId()), SELF_PAY_RULE, 1, "SELF_PAY", Severity.INFO,
                            RuleAction.NOTIFY, Judgement.SUSPICIOUS, "丙类自费项目", Map.of(), "local"));
                }
            }
            return hits;
        }

        /** Quantity per stay: the stay's earlier lines plus the draft lines, per item. */
        private void stayCaps(CheckInput input, List<RuleHit> hits) {
            Map<String, List<OrderLine>> drafts = new LinkedHashMap<>();
            for (OrderLine line : input.lines()) {
                if (line.matched() && line.item().restrictions().maxQuantityPerStay() != null) {
                    drafts.computeIfAbsent(line.item().code(), k -> new ArrayList<>()).add(line);
                }
            }
            drafts.forEach((code, lines) -> {
                BigDecimal cap = lines.get(0).item().restrictions().maxQuantityPerStay();
                BigDecimal total = BigDecimal.ZERO;
                List<String> earlier = new ArrayList<>();
                for (OrderLine h : input.history()) {
                    if (h.matched() && h.item().code().equals(code)) {
                        total = total.add(h.quantity());
                        earlier.add(h.lineId());
                    }
                }
                for (OrderLine l : lines) {
                    total = total.add(l.quantity());
                }
                if (total.compareTo(cap) > 0) {
                    hits.add(new RuleHit(lines.stream().map(OrderLine::lineId).toList(), CAP_RULE, 2,
                            "QUANTITY_PER_STAY", Severity.WARNING, RuleAction.CONFIRM, Judgement.VIOLATION,
                            "超过每次住院限量", Map.of("cap", cap, "total", total, "earlierLineIds", earlier),
                            "local"));
                }
            });
        }

        @Override
        public int size() {
            return 3;
        }
    };

    @Override
    public RuleBook currentBook() {
        return BOOK;
    }
}
