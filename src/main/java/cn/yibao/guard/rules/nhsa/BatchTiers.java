package cn.yibao.guard.rules.nhsa;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/** How the hits of a batch's rules are shown and judged: severity, action and judgement. */
public record BatchTiers(Severity severity, RuleAction action, Judgement judgement) {

    /** Whether the combination is allowed: BLOCK is reserved for CRITICAL rules, as for every rule. */
    public boolean valid() {
        return severity != null && action != null && judgement != null
                && (action != RuleAction.BLOCK || severity == Severity.CRITICAL);
    }
}
