package cn.yibao.guard.rules.engine.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 限定支付疗程: a drug paid for at most N calendar days of the stay ("支付不超过14天"). The days counted are
 * the distinct days covered by the stay's lines of the same generic name (any maker or strength; the code
 * when the generic name is unknown), this order included.
 */
public final class PaymentDays extends AbstractTemplate {

    public static final String ID = "PAYMENT_DAYS";

    public PaymentDays() {
        super(ID, "限定支付疗程", "The item is paid for at most this many calendar days of the stay, counting the "
                + "days covered by its lines (same generic name) in the stay and this order.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("maxDays", "integer", "most days paid in one stay (>= 1)",
                                "ItemRestrictions.maxPaymentDays")),
                List.of("ItemRestrictions.maxPaymentDays"),
                List.of("paidDays: the distinct days covered, this line included", "maxDays: the limit",
                        "firstDay / lastDay: the span of those days", "earlierLines: the other lines counted"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        Integer days = p.restriction("maxDays", name -> {
            Integer value = p.integer(name);
            if (value < 1) {
                throw new RuleDefinitionException("parameters." + name, "must be >= 1");
            }
            return value;
        });
        return new Rule(rule, p, days);
    }

    private static final class Rule extends CompiledRule {

        private final Integer maxDays;

        Rule(RuleDefinition rule, Parameters p, Integer maxDays) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.maxDays = maxDays;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().maxPaymentDays() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            Integer limit = maxDays != null ? maxDays
                    : line.item() == null ? null : line.item().restrictions().maxPaymentDays();
            if (limit == null || line.day() == null) {
                return;
            }
            List<StayLine> same = line.genericName() != null ? context.withGenericName(line.genericName())
                    : context.sameItem(line);
            TreeSet<LocalDate> days = new TreeSet<>();
            List<StayLine> counted = new ArrayList<>();
            for (StayLine other : same) {
                if (other.seq() > line.seq() || other.day() == null) {
                    continue;
                }
                for (int d = 0; d < other.days(); d++) {
                    days.add(other.day().plusDays(d));
                }
                if (other != line) {
                    counted.add(other);
                }
            }
            if (days.size() > limit) {
                out.add(hit(line, tag("限定支付疗程") + line.displayName() + " 每次住院限支付" + limit + "天，已用"
                        + days.size() + "天（含本条）", Evidence.of("paidDays", days.size()).put("maxDays", limit)
                                .put("firstDay", days.first()).put("lastDay", days.last())
                                .lines("earlierLines", counted)));
            }
        }
    }
}
