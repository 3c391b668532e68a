package cn.yibao.guard.rules.engine.template;

import java.math.BigDecimal;
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

/** 超限价: a unit price above the highest price insurance accepts (最高限价). */
public final class PriceCap extends AbstractTemplate {

    public static final String ID = "PRICE_CAP";

    public PriceCap() {
        super(ID, "超最高限价", "The line's unit price is above the catalogue's price cap.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("priceCap", "decimal", "highest unit price in yuan (> 0)",
                                "CatalogItem.priceCap")),
                List.of("CatalogItem.priceCap"),
                List.of("unitPrice: the line's unit price", "priceCap: the highest price accepted"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        return new Rule(rule, p, p.restriction("priceCap", p::positiveDecimal));
    }

    private static final class Rule extends CompiledRule {

        private final BigDecimal cap;

        Rule(RuleDefinition rule, Parameters p, BigDecimal cap) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.cap = cap;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.priceCap() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            BigDecimal limit = cap != null ? cap : line.item() == null ? null : line.item().priceCap();
            BigDecimal price = line.line().unitPrice();
            if (limit == null || price == null || price.compareTo(limit) <= 0) {
                return;
            }
            out.add(hit(line, tag("超最高限价") + line.displayName() + " 单价" + Labels.money(price) + "元，超过医保最高限价"
                    + Labels.money(limit) + "元", Evidence.of("unitPrice", price).put("priceCap", limit)));
        }
    }
}
