package cn.yibao.guard.rules.engine;

import java.util.Map;

/**
 * One version of an audit rule (审核规则) as data: a generic template with its parameters, how a hit is shown
 * and judged, and where the rule applies. Editing a rule creates a new version; hits cite id and version.
 *
 * @param template   the template's id, e.g. {@code SEX_RESTRICTION}
 * @param parameters the template's parameters as plain JSON values (strings, numbers, lists, maps)
 * @param source     where the rule came from: {@code local}, or {@code <batch type>#<row>} for an NHSA batch row
 * @param note       free text carried onto every hit (e.g. the batch's 药品说明)
 */
public record RuleDefinition(String id, int version, String template, String name, Map<String, Object> parameters,
        Severity severity, RuleAction action, Judgement judgement, RuleScope scope, boolean enabled, String source,
        String note) {

    public static final String LOCAL_SOURCE = "local";

    public RuleDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        scope = scope == null ? RuleScope.EVERYWHERE : scope;
        source = source == null ? LOCAL_SOURCE : source;
    }
}
