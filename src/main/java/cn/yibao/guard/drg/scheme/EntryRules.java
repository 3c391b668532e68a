package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yibao.guard.drg.engine.CodeSet;
import cn.yibao.guard.drg.engine.Rule;
import cn.yibao.guard.drg.engine.Rules;

/**
 * Compiles a profile condition such as {@code principal-diagnosis & sex = 1} into a {@link Rule} for one MDC.
 */
final class EntryRules {

    private static final Pattern TERM = Pattern.compile("([a-z-]+)\\s*(<=|>=|<|>|=)\\s*(-?[0-9]+)");

    private EntryRules() {
    }

    /**
     * @param table         the MDC's principal-diagnosis table
     * @param regions       the MDC's body-region tables (MDCZ), possibly none
     * @param operatingRoom the operating-room procedures
     */
    static Rule compile(String expression, String mdc, CodeSet table, List<CodeSet> regions, CodeSet operatingRoom,
            SchemeProfile profile) {
        List<Rule> parts = new ArrayList<>();
        for (String raw : expression.split("&")) {
            String term = raw.trim();
            parts.add(switch (term) {
                case "principal-diagnosis" -> new Rules.PrincipalDiagnosisIn(table);
                case "principal-procedure-operating-room" -> new Rules.PrincipalProcedureIn(operatingRoom);
                default -> comparison(term, mdc, regions, profile);
            });
        }
        return parts.size() == 1 ? parts.get(0) : new Rules.All(parts);
    }

    private static Rule comparison(String term, String mdc, List<CodeSet> regions, SchemeProfile profile) {
        Matcher m = TERM.matcher(term);
        if (!m.matches()) {
            throw profile.error("entry rule of " + mdc + ": unknown term '" + term + "'");
        }
        int value = Integer.parseInt(m.group(3));
        var comparison = Comparisons.operator(m.group(2)).orElseThrow();
        if (m.group(1).equals("regions")) {
            if (regions.isEmpty() || comparison != Rules.Comparison.GE) {
                throw profile.error("entry rule of " + mdc + ": '" + term
                        + "' needs body-region tables in the MDC file and the form 'regions >= N'");
            }
            return new Rules.DistinctRegions(regions, value);
        }
        var variable = Comparisons.variable(m.group(1)).orElseThrow(() -> profile.error("entry rule of " + mdc
                + ": unknown variable '" + m.group(1) + "'"));
        return Comparisons.compare(variable, comparison, value);
    }
}
