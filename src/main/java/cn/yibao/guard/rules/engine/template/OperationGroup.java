package cn.yibao.guard.rules.engine.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
 * 限定主次操作 (NHSA batch 2): operations of one group (e.g. 胃肠手术组) done together — the batch says "through
 * the same incision" — are charged in full only once; the second and later are charged at a reduced rate. The
 * rule names one operation ({@code items}) and its group's codes ({@code groupItems}); a line of the operation
 * is flagged for the discount rule when a different operation of the group was charged earlier within the
 * window (the stay by default: orders do not say which incision an operation used).
 */
public final class OperationGroup extends AbstractTemplate {

    public static final String ID = "OPERATION_GROUP";

    public OperationGroup() {
        super(ID, "限定主次操作", "A different operation of the same group charged earlier within the window (the stay"
                + " by default) makes this one a second operation, to be charged at the reduced rate.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.required("group", "string", "the group's name, e.g. 胃肠手术组"),
                        ParameterSpec.required("groupItems", "string[]", "national codes of every operation in "
                                + "the group"),
                        ParameterSpec.option("window", "window", "DAY, STAY, SAME_HOUR or HOURS:n", "STAY")),
                List.of(),
                List.of("group: the group's name", "window: the window code",
                        "earlierOperations: the operations of the group charged before this one"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        p.requiredTargets();
        String group = p.string("group");
        if (group == null) {
            throw new RuleDefinitionException("parameters.group", "is required");
        }
        List<String> members = p.nonEmptyStrings("groupItems");
        return new Rule(rule, p, group, Set.copyOf(members), p.window("window", Window.STAY));
    }

    private static final class Rule extends CompiledRule {

        private final String group;
        private final Set<String> members;
        private final Window window;

        Rule(RuleDefinition rule, Parameters p, String group, Set<String> members, Window window) {
            super(rule, p.targets(), Targeting.EXPLICIT);
            this.group = group;
            this.members = members;
            this.window = window;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            List<StayLine> earlier = new ArrayList<>();
            for (String code : members) {
                if (code.equals(line.code())) {
                    continue;
                }
                for (StayLine other : context.withCode(code)) {
                    if (other.seq() < line.seq() && !other.sameLine(line) && window.covers(line, other)) {
                        earlier.add(other);
                    }
                }
            }
            if (earlier.isEmpty()) {
                return;
            }
            earlier.sort(Comparator.comparingInt(StayLine::seq));
            List<String> ids = new ArrayList<>();
            for (StayLine other : earlier) {
                if (other.draft()) {
                    ids.add(other.lineId());
                }
            }
            ids.add(line.lineId());
            StayLine first = earlier.get(0);
            out.add(hit(ids, tag("限定主次操作") + line.displayName() + " 与同属" + group + "的 " + first.displayName()
                    + "（医嘱 " + first.lineId() + "）" + window.text() + "同时收费，第二及以后的手术应按规定折价计收",
                    Evidence.of("group", group).put("window", window.code()).lines("earlierOperations", earlier)));
        }
    }
}
