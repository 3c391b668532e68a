package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yibao.guard.drg.engine.EncodedCase.Variable;
import cn.yibao.guard.drg.engine.Rule;
import cn.yibao.guard.drg.engine.Rules.Comparison;

/**
 * The age and birth-weight conditions that CHS-DRG writes into ADRG names rather than clauses, e.g.
 * {@code 新生儿（出生年龄＜29天）心血管手术}, {@code 早产儿（出生体重1500-1999g）},
 * {@code 源于新生儿(29天≤出生年龄＜1周岁)诊断的婴儿疾患}. A name that speaks of a newborn (新生儿, 早产儿,
 * 足月儿) or of a birth-weight band, without an explicit age, limits the ADRG to newborns.
 */
final class NameQualifiers {

    private static final Pattern AGE_DAYS_RANGE = Pattern.compile("([0-9]+)天≤出生年龄<([0-9]+)周岁");
    private static final Pattern AGE_DAYS_BELOW = Pattern.compile("出生年龄(<|≤)([0-9]+)天");
    private static final Pattern WEIGHT_BOUND = Pattern.compile("出生体重(<|≤|>|≥)([0-9]+)(g|克)");
    private static final Pattern WEIGHT_RANGE = Pattern.compile("出生体重([0-9]+)-([0-9]+)(g|克)");
    private static final Pattern NEWBORN = Pattern.compile("新生儿|早产儿|足月儿");

    private NameQualifiers() {
    }

    static List<Rule> of(String name, int newbornMaxAgeDays) {
        String text = name.replaceAll("\\s+", "").replace('＜', '<').replace('＞', '>').replace('－', '-')
                .replace('—', '-').replace('~', '-');
        List<Rule> rules = new ArrayList<>();
        boolean ageGiven = ages(text, rules);
        boolean weightGiven = weights(text, rules);
        if (!ageGiven && (weightGiven || NEWBORN.matcher(text).find())) {
            rules.add(0, compare(Variable.AGE_DAYS, Comparison.LE, newbornMaxAgeDays));
        }
        return rules;
    }

    private static boolean ages(String text, List<Rule> rules) {
        Matcher range = AGE_DAYS_RANGE.matcher(text);
        if (range.find()) {
            rules.add(compare(Variable.AGE_DAYS, Comparison.GE, Integer.parseInt(range.group(1))));
            rules.add(compare(Variable.AGE_YEARS, Comparison.LT, Integer.parseInt(range.group(2))));
            return true;
        }
        Matcher below = AGE_DAYS_BELOW.matcher(text);
        if (below.find()) {
            rules.add(compare(Variable.AGE_DAYS, operator(below.group(1)), Integer.parseInt(below.group(2))));
            return true;
        }
        return false;
    }

    private static boolean weights(String text, List<Rule> rules) {
        Matcher range = WEIGHT_RANGE.matcher(text);
        if (range.find()) {
            rules.add(compare(Variable.BIRTH_WEIGHT, Comparison.GE, Integer.parseInt(range.group(1))));
            rules.add(compare(Variable.BIRTH_WEIGHT, Comparison.LE, Integer.parseInt(range.group(2))));
            return true;
        }
        Matcher bound = WEIGHT_BOUND.matcher(text);
        if (bound.find()) {
            rules.add(compare(Variable.BIRTH_WEIGHT, operator(bound.group(1)), Integer.parseInt(bound.group(2))));
            return true;
        }
        return false;
    }

    private static Comparison operator(String symbol) {
        return Comparisons.operator(symbol).orElseThrow();
    }

    private static Rule compare(Variable variable, Comparison comparison, int value) {
        return Comparisons.compare(variable, comparison, value);
    }
}
