package cn.yibao.guard.rules.nhsa;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * A bulk change of every rule of a batch ({@code PATCH /api/v1/rules/batches/{type}}); fields left out are kept.
 * New tiers make each changed rule's next version; the enabled state is recorded per rule as an event.
 */
public record BatchPatch(Severity severity, RuleAction action, Judgement judgement, Boolean enabled) {

    public boolean empty() {
        return severity == null && action == null && judgement == null && enabled == null;
    }
}
