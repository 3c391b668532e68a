package cn.yibao.guard.rules.engine.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
 * 限定频次（每日）: the quantity of one item charged per calendar day (hospital zone), summed over the stay's
 * earlier lines and this order. A line of several {@code days} spreads its quantity evenly over those days.
 */
public final class QuantityPerDay extends AbstractTemplate {

    public static final String ID = "QUANTITY_PER_DAY";

    public QuantityPerDay() {
        super(ID, "限定频次/数量（每日）", "At most this quantity of the item per calendar day, counting the stay's "
                + "earlier lines and this order; a line of several days spreads its quantity evenly over them.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("maxPerDay", "decimal", "largest quantity per calendar day (> 0)",
                                "ItemRestrictions.maxQuantityPerDay")),
                List.of("ItemRestrictions.maxQuantityPerDay"),
                List.of("day: the calendar day over the cap", "count: the quantity on that day, this line included",
                        "cap: the largest quantity allowed", "earlierLines: the other lines counted on that day"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        return new Rule(rule, p, p.restriction("maxPerDay", p::positiveDecimal));
    }

    /** The part of a line's quantity that falls on each of its days. */
    static BigDecimal dailyShare(StayLine line) {
        return line.days() == 1 ? line.quantity()
                : line.quantity().divide(BigDecimal.valueOf(line.days()), 10, RoundingMode.HALF_EVEN);
    }

    private static final class Rule extends CompiledRule {

        private final BigDecimal cap;

        Rule(RuleDefinition rule, Parameters p, BigDecimal cap) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.cap = cap;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().maxQuantityPerDay() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            BigDecimal limit = cap != null ? cap
                    : line.item() == null ? null : line.item().restrictions().maxQuantityPerDay();
            LocalDate first = line.day();
            if (limit == null || first == null) {
                return;
            }
            List<StayLine> same = context.sameItem(line);
            for (int d = 0; d < line.days(); d++) {
                LocalDate day = first.plusDays(d);
                BigDecimal count = BigDecimal.ZERO;
                List<StayLine> counted = new ArrayList<>();
                for (StayLine other : same) {
                    if (other.seq() <= line.seq() && other.covers(day)) {
                        count = count.add(dailyShare(other));
                        if (other != line) {
                            counted.add(other);
                        }
                    }
                }
                count = count.setScale(6, RoundingMode.HALF_UP);
                if (count.compareTo(limit) > 0) {
                    out.add(hit(line, tag("限定频次") + line.displayName() + " 每日限" + Labels.number(limit) + "，"
                            + day + " 已计" + Labels.number(count) + "（含本条）",
                            Evidence.of("day", day).put("count", count).put("cap", limit)
                                    .lines("earlierLines", counted)));
                    return;
                }
            }
        }
    }
}
