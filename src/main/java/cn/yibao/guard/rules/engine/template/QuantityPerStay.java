package cn.yibao.guard.rules.engine.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.Labels;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 限定数量（每次住院）: the total quantity of one item charged in the stay, summed over the earlier lines that
 * still count (withdrawn ones are not in the history) and this order up to the line judged.
 */
public final class QuantityPerStay extends AbstractTemplate {

    public static final String ID = "QUANTITY_PER_STAY";

    public QuantityPerStay() {
        super(ID, "限定数量（每次住院）", "At most this quantity of the item in one stay or visit, counting the "
                + "stay's earlier lines and this order.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("maxPerStay", "decimal", "largest quantity per stay (> 0)",
                                "ItemRestrictions.maxQuantityPerStay")),
                List.of("ItemRestrictions.maxQuantityPerStay"),
                List.of("count: the stay's quantity, this line included", "cap: the largest quantity allowed",
                        "earlierLines: the other lines counted"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        return new Rule(rule, p, p.restriction("maxPerStay", p::positiveDecimal));
    }

    private static final class Rule extends CompiledRule {

        private final BigDecimal cap;

        Rule(RuleDefinition rule, Parameters p, BigDecimal cap) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.cap = cap;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().maxQuantityPerStay() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            BigDecimal limit = cap != null ? cap
                    : line.item() == null ? null : line.item().restrictions().maxQuantityPerStay();
            if (limit == null) {
                return;
            }
            BigDecimal count = BigDecimal.ZERO;
            List<StayLine> counted = new ArrayList<>();
            for (StayLine other : context.sameItem(line)) {
                if (other.seq() <= line.seq()) {
                    count = count.add(other.quantity());
                    if (other != line) {
                        counted.add(other);
                    }
                }
            }
            if (count.compareTo(limit) > 0) {
                out.add(hit(line, tag("限定数量") + line.displayName() + " 每次就诊限" + Labels.number(limit) + "，已计"
                        + Labels.number(count) + "（含本条）",
                        Evidence.of("count", count).put("cap", limit).lines("earlierLines", counted)));
            }
        }
    }
}
