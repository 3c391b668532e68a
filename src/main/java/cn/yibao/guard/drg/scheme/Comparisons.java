package cn.yibao.guard.drg.scheme;

import java.util.Map;
import java.util.Optional;

import cn.yibao.guard.drg.engine.EncodedCase.Variable;
import cn.yibao.guard.drg.engine.Rule;
import cn.yibao.guard.drg.engine.Rules;
import cn.yibao.guard.drg.engine.Rules.Comparison;

/** Reads {@code variable op number} terms such as {@code age-days <= 28}. */
final class Comparisons {

    private static final Map<String, Variable> VARIABLES = Map.of("sex", Variable.SEX, "age-years",
            Variable.AGE_YEARS, "age-days", Variable.AGE_DAYS, "birth-weight", Variable.BIRTH_WEIGHT);

    private static final Map<String, Comparison> OPERATORS = Map.of("<", Comparison.LT, "<=", Comparison.LE,
            "=", Comparison.EQ, ">=", Comparison.GE, ">", Comparison.GT, "＜", Comparison.LT, "≤", Comparison.LE,
            "≥", Comparison.GE, "＞", Comparison.GT);

    private Comparisons() {
    }

    static Optional<Comparison> operator(String symbol) {
        return Optional.ofNullable(OPERATORS.get(symbol));
    }

    static Optional<Variable> variable(String name) {
        return Optional.ofNullable(VARIABLES.get(name));
    }

    static Rule compare(Variable variable, Comparison comparison, int value) {
        return new Rules.Compare(variable, comparison, value);
    }
}
