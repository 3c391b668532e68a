package cn.yibao.guard.rules.engine.template;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;
import cn.yibao.guard.rules.engine.Window;

/**
 * 项目互斥: an item that may not be charged together with the excluded items within the window (the stay by
 * default). Judged from both sides, so whichever of the two comes second is the line reported, naming the
 * other. The NHSA duplicate-charge pairs ("主项 includes 从项 within 单日 / 单次就诊 / 6小时 / 同一小时") are
 * records of this template: {@code items} the main item, {@code excludedItems} the secondary ones,
 * {@code window} DAY, STAY, HOURS:6 or SAME_HOUR.
 */
public final class ItemExcludes extends AbstractTemplate {

    public static final String ID = "ITEM_EXCLUDES";

    public ItemExcludes() {
        super(ID, "项目互斥", "The item and any of the excluded items may not both be charged within the window; "
                + "the hit names the earlier line of the pair.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("excludedItems", "string[]", "national codes that may not be "
                                + "charged with the item", "ItemRestrictions.excludesItems"),
                        ParameterSpec.option("window", "window", "DAY (单日), STAY (单次就诊), SAME_HOUR (同一小时) or"
                                + " HOURS:n (n 小时)", "STAY")),
                List.of("ItemRestrictions.excludesItems"),
                List.of("conflictsWith: the earlier line of the pair", "window: the window code"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        List<String> excluded = p.restriction("excludedItems", p::nonEmptyStrings);
        return new Rule(rule, p, excluded == null ? null : Set.copyOf(excluded), p.window("window", Window.STAY));
    }

    private static final class Rule extends CompiledRule {

        private final Set<String> excluded;
        private final Set<String> indexCodes;
        private final Window window;

        Rule(RuleDefinition rule, Parameters p, Set<String> excluded, Window window) {
            super(rule, p.targets(), Targeting.EVERY_LINE);
            this.excluded = excluded;
            this.window = window;
            Set<String> codes = new HashSet<>(p.targets().itemCodes());
            if (excluded != null) {
                codes.addAll(excluded);
            }
            this.indexCodes = Set.copyOf(codes);
        }

        @Override
        public Set<String> indexCodes() {
            return indexCodes;
        }

        @Override
        public boolean additive() {
            return true;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            StayLine conflict = targets().explicit() ? explicitConflict(context, line) : catalogueConflict(context,
                    line);
            if (conflict == null) {
                return;
            }
            List<String> ids = conflict.draft() ? List.of(conflict.lineId(), line.lineId()) : List.of(line.lineId());
            out.add(hit(ids, tag("项目互斥") + line.displayName() + " 与 " + conflict.displayName() + "（医嘱 "
                    + conflict.lineId() + "）不能" + window.text() + "同时收费",
                    Evidence.of("window", window.code()).line("conflictsWith", conflict)));
        }

        private StayLine explicitConflict(RuleContext context, StayLine line) {
            StayLine found = null;
            if (targets().matches(line)) {
                for (String code : excluded) {
                    found = latest(found, context.withCode(code), line);
                }
            }
            if (line.code() != null && excluded.contains(line.code())) {
                for (String code : targets().itemCodes()) {
                    found = latest(found, context.withCode(code), line);
                }
                for (String name : targets().genericNames()) {
                    found = latest(found, context.withGenericName(name), line);
                }
            }
            return found;
        }

        private StayLine catalogueConflict(RuleContext context, StayLine line) {
            StayLine found = null;
            if (line.item() != null) {
                for (String code : line.item().restrictions().excludesItems()) {
                    found = latest(found, context.withCode(code), line);
                }
            }
            return latest(found, context.excludersOf(line.code()), line);
        }

        /** The latest earlier line of the candidates within the window, or {@code found} if that is later. */
        private StayLine latest(StayLine found, List<StayLine> candidates, StayLine line) {
            for (StayLine other : candidates) {
                if (other.seq() < line.seq() && !other.sameLine(line) && window.covers(line, other)
                        && (found == null || other.seq() > found.seq())) {
                    found = other;
                }
            }
            return found;
        }
    }
}
