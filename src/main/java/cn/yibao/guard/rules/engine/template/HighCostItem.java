package cn.yibao.guard.rules.engine.template;

import java.math.BigDecimal;
import java.util.List;

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
 * 单项超千元: a line whose amount (quantity × unit price, exact decimals) is above the threshold. Judges every
 * line with a quantity and a price, matched to the catalogue or not.
 */
public final class HighCostItem extends AbstractTemplate {

    public static final String ID = "HIGH_COST_ITEM";
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(1000);

    public HighCostItem() {
        super(ID, "单项超千元", "A line whose amount (quantity × unit price) is above the threshold needs "
                + "confirmation.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.option("threshold", "decimal", "amount in yuan above which a line is reported",
                                "1000")),
                List.of(),
                List.of("amount: quantity × unit price", "threshold", "quantity", "unitPrice"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        BigDecimal threshold = p.has("threshold") ? p.positiveDecimal("threshold") : DEFAULT_THRESHOLD;
        return new Rule(rule, p, threshold);
    }

    private static final class Rule extends CompiledRule {

        private final BigDecimal threshold;

        Rule(RuleDefinition rule, Parameters p, BigDecimal threshold) {
            super(rule, p.targets(), Targeting.EVERY_LINE);
            this.threshold = threshold;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            BigDecimal quantity = line.line().quantity();
            BigDecimal price = line.line().unitPrice();
            if (quantity == null || price == null) {
                return;
            }
            BigDecimal amount = quantity.multiply(price);
            if (amount.compareTo(threshold) <= 0) {
                return;
            }
            out.add(hit(line, tag("单项超千元") + line.displayName() + " 金额" + Labels.money(amount) + "元，超过"
                    + Labels.money(threshold) + "元，请确认", Evidence.of("amount", amount).put("threshold", threshold)
                            .put("quantity", quantity).put("unitPrice", price)));
        }
    }
}
