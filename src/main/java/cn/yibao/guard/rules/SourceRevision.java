package cn.yibao.guard.rules;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * What {@link RuleService#reviseSource} did to a source's live rules.
 *
 * @param rules       the live rules of the source
 * @param newVersions rules given a new version (their tiers changed)
 * @param switched    rules enabled or disabled
 */
public record SourceRevision(int rules, int newVersions, int switched) {

    /** The change: any field left {@code null} is kept as each rule has it. */
    public record Change(Severity severity, RuleAction action, Judgement judgement, Boolean enabled) {
    }
}
