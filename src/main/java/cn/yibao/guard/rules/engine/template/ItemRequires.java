package cn.yibao.guard.rules.engine.template;

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
import cn.yibao.guard.rules.engine.Window;

/**
 * 项目依赖: an item payable only together with one of the required items within the window (the stay by
 * default), ordered earlier or in the same order.
 */
public final class ItemRequires extends AbstractTemplate {

    public static final String ID = "ITEM_REQUIRES";

    public ItemRequires() {
        super(ID, "项目依赖", "The item needs one of the required items within the window (earlier in the stay or in "
                + "the same order).",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("requiredItems", "string[]", "national codes, one of which must "
                                + "be present", "ItemRestrictions.requiresItems"),
                        ParameterSpec.option("window", "window", "DAY, STAY, SAME_HOUR or HOURS:n", "STAY")),
                List.of("ItemRestrictions.requiresItems"),
                List.of("requiredItems: the codes of which one is missing", "window: the window code"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        List<String> required = p.restriction("requiredItems", p::nonEmptyStrings);
        return new Rule(rule, p, required, p.window("window", Window.STAY));
    }

    private static final class Rule extends CompiledRule {

        private final List<String> required;
        private final Window window;

        Rule(RuleDefinition rule, Parameters p, List<String> required, Window window) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.required = required;
            this.window = window;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return !item.restrictions().requiresItems().isEmpty();
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            List<String> codes = required != null ? required
                    : line.item() == null ? List.of() : line.item().restrictions().requiresItems();
            if (codes.isEmpty()) {
                return;
            }
            for (String code : codes) {
                for (StayLine other : context.withCode(code)) {
                    if (!other.sameLine(line) && window.covers(line, other)) {
                        return;
                    }
                }
            }
            out.add(hit(line, tag("项目依赖") + line.displayName() + " 需" + window.text() + "同时有以下项目之一："
                    + Labels.list(codes) + "，未找到", Evidence.of("requiredItems", codes).put("window", window.code())));
        }
    }
}
