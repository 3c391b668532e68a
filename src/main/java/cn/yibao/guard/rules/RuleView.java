package cn.yibao.guard.rules;

import java.time.OffsetDateTime;
import java.util.Map;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * A rule version as the API shows it, with the rule's present state.
 *
 * @param current   whether this is the rule's current version
 * @param enabled   the rule's present state (not per version)
 * @param retired   the rule disappeared from the source it was imported from
 * @param createdAt when this version was made, {@code createdBy} by whom
 * @param changedAt the rule's last change of version or state, {@code changedBy} by whom
 */
public record RuleView(String id, int version, String template, String name, Map<String, Object> parameters,
        Severity severity, RuleAction action, Judgement judgement, ScopeView scope, boolean enabled, boolean retired,
        String source, String note, boolean current, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime changedAt, String changedBy) {
}
