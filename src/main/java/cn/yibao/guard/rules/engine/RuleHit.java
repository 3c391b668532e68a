package cn.yibao.guard.rules.engine;

import java.util.List;
import java.util.Map;

/**
 * A rule that an order breaks, with the evidence behind it (the diagnosis that is missing, the count that is
 * exceeded, the earlier order it duplicates).
 *
 * @param lineIds  the draft lines concerned (and, in evidence, any earlier lines)
 * @param evidence plain JSON values describing why the rule hit
 * @param source   {@code local} or {@code <batch type>#<row>}
 * @param note     the rule's note (e.g. the batch's 药品说明), {@code null} when the rule has none
 */
public record RuleHit(List<String> lineIds, String ruleId, int ruleVersion, String template, Severity severity,
        RuleAction action, Judgement judgement, String message, Map<String, Object> evidence, String source,
        String note) {

    public RuleHit {
        lineIds = List.copyOf(lineIds);
        evidence = evidence == null ? Map.of() : evidence;
    }

    /** A hit without a note, as the first version of this record had it. */
    public RuleHit(List<String> lineIds, String ruleId, int ruleVersion, String template, Severity severity,
            RuleAction action, Judgement judgement, String message, Map<String, Object> evidence, String source) {
        this(lineIds, ruleId, ruleVersion, template, severity, action, judgement, message, evidence, source, null);
    }
}
