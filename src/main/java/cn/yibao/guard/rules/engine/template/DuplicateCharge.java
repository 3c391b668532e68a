package cn.yibao.guard.rules.engine.template;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.yibao.guard.catalog.ItemKind;
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
import cn.yibao.guard.rules.engine.Window;

/**
 * 重复收费: the same item charged again within a window (the same calendar day by default). "The same item" is
 * the same national code, or for a line without a code the same generic name, so unmatched lines are judged
 * too. A rule that names no items applies to every item of the listed kinds (services by default).
 */
public final class DuplicateCharge extends AbstractTemplate {

    public static final String ID = "DUPLICATE_CHARGE";

    public DuplicateCharge() {
        super(ID, "重复收费", "The same item charged again within the window; the hit names the earlier line it "
                + "duplicates.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.option("window", "window", "DAY (单日: the lines' days overlap), STAY "
                                + "(单次就诊), SAME_HOUR (同一小时) or HOURS:n (n 小时内)", "DAY"),
                        ParameterSpec.option("kinds", "(DRUG|SERVICE|MATERIAL)[]", "without items: the kinds of "
                                + "item judged (unmatched lines are always judged by code)", "[\"SERVICE\"]")),
                List.of("CatalogItem.kind"),
                List.of("window: the window code", "duplicateOf: the most recent earlier line within the window",
                        "earlierLines: every earlier line of the item within the window"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        Window window = p.window("window", Window.DAY);
        List<ItemKind> kinds = p.enumValues("kinds", ItemKind.class);
        if (p.targets().explicit() && !kinds.isEmpty()) {
            throw new RuleDefinitionException("parameters.kinds", "only allowed when the rule names no items");
        }
        Set<ItemKind> judged = kinds.isEmpty() ? EnumSet.of(ItemKind.SERVICE) : EnumSet.copyOf(kinds);
        return new Rule(rule, p, window, judged);
    }

    private static final class Rule extends CompiledRule {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

        private final Window window;
        private final Set<ItemKind> kinds;

        Rule(RuleDefinition rule, Parameters p, Window window, Set<ItemKind> kinds) {
            super(rule, p.targets(), Targeting.EVERY_LINE);
            this.window = window;
            this.kinds = kinds;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            if (!targets().explicit() && line.item() != null && !kinds.contains(line.item().kind())) {
                return;
            }
            List<StayLine> earlier = new ArrayList<>(2);
            for (StayLine other : context.sameItem(line)) {
                if (other.seq() < line.seq() && !other.sameLine(line) && window.covers(line, other)) {
                    earlier.add(other);
                }
            }
            if (earlier.isEmpty()) {
                return;
            }
            StayLine last = earlier.get(earlier.size() - 1);
            String when = last.localTime() == null ? "" : "，" + TIME.format(last.localTime());
            List<String> ids = last.draft() ? List.of(last.lineId(), line.lineId()) : List.of(line.lineId());
            out.add(hit(ids, tag("重复收费") + line.displayName() + " " + window.text() + "已收费（医嘱 "
                    + last.lineId() + when + "）", Evidence.of("window", window.code()).line("duplicateOf", last)
                            .lines("earlierLines", earlier)));
        }
    }
}
