package cn.yibao.guard.drg.engine;

import java.util.List;
import java.util.stream.Collectors;

import cn.yibao.guard.drg.engine.EncodedCase.Variable;

/** The kinds of {@link Rule} that scheme clauses compile to. */
public final class Rules {

    private Rules() {
    }

    /** Every part holds (the clauses of one ADRG file, "同时"). */
    public record All(List<Rule> parts) implements Rule {

        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(EncodedCase c) {
            for (Rule part : parts) {
                if (!part.test(c)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            parts.forEach(p -> p.explain(c, trace));
        }

        @Override
        public String describe() {
            return parts.isEmpty() ? "always"
                    : parts.stream().map(Rule::describe).collect(Collectors.joining(" and "));
        }
    }

    /** At least one alternative holds ("或"); the first that holds explains. */
    public record Any(List<Rule> alternatives) implements Rule {

        public Any {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public boolean test(EncodedCase c) {
            for (Rule alternative : alternatives) {
                if (alternative.test(c)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            for (Rule alternative : alternatives) {
                if (alternative.test(c)) {
                    alternative.explain(c, trace);
                    return;
                }
            }
        }

        @Override
        public String describe() {
            return alternatives.stream().map(r -> "(" + r.describe() + ")").collect(Collectors.joining(" or "));
        }
    }

    /** 主要诊断: the principal diagnosis is in the list. */
    public record PrincipalDiagnosisIn(CodeSet codes) implements Rule {

        @Override
        public boolean test(EncodedCase c) {
            return codes.contains(c.principalDiagnosis());
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            trace.add("principal diagnosis " + c.diagnosisCode(0) + " is in " + codes.label());
        }

        @Override
        public String describe() {
            return "principal diagnosis in " + codes.label();
        }
    }

    /** 主要诊断或其他诊断: any diagnosis of the case is in the list. */
    public record AnyDiagnosisIn(CodeSet codes) implements Rule {

        @Override
        public boolean test(EncodedCase c) {
            return firstIn(c.diagnoses, codes) >= 0;
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            trace.add("diagnosis " + c.diagnosisCode(firstIn(c.diagnoses, codes)) + " is in " + codes.label());
        }

        @Override
        public String describe() {
            return "a diagnosis in " + codes.label();
        }
    }

    /** 主要手术或操作: the principal procedure is in the list. */
    public record PrincipalProcedureIn(CodeSet codes) implements Rule {

        @Override
        public boolean test(EncodedCase c) {
            return codes.contains(c.principalProcedure());
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            trace.add("principal procedure " + c.procedureCode(0) + " is in " + codes.label());
        }

        @Override
        public String describe() {
            return "principal procedure in " + codes.label();
        }
    }

    /** 同时包含…和… / 手术表 N: some procedure of the case, principal or not, is in the list. */
    public record AnyProcedureIn(CodeSet codes) implements Rule {

        @Override
        public boolean test(EncodedCase c) {
            return firstIn(c.procedures, codes) >= 0;
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            trace.add("procedure " + c.procedureCode(firstIn(c.procedures, codes)) + " is in " + codes.label());
        }

        @Override
        public String describe() {
            return "a procedure in " + codes.label();
        }
    }

    /** 无手术: the case has no principal procedure, or one that is not in the list. */
    public record NoPrincipalProcedureIn(CodeSet codes) implements Rule {

        @Override
        public boolean test(EncodedCase c) {
            return !codes.contains(c.principalProcedure());
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            trace.add(c.hasProcedures() ? "principal procedure " + c.procedureCode(0) + " is not in " + codes.label()
                    : "the case has no procedure");
        }

        @Override
        public String describe() {
            return "no principal procedure in " + codes.label();
        }
    }

    /** A demographic bound, e.g. age in days below 29 or birth weight from 1500 g to 1999 g. */
    public record Compare(Variable variable, Comparison comparison, int value) implements Rule {

        @Override
        public boolean test(EncodedCase c) {
            int actual = c.value(variable);
            return actual != EncodedCase.ABSENT && comparison.holds(actual, value);
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            int actual = c.value(variable);
            trace.add(variable == Variable.SEX ? "the patient is " + Sex.describe(actual)
                    : variable.label() + " " + actual + variable.unit() + " is " + comparison.symbol() + " "
                            + value + variable.unit());
        }

        @Override
        public String describe() {
            return variable.label() + " " + comparison.symbol() + " " + value + variable.unit();
        }
    }

    /** MDCZ's rule: diagnoses of the case fall in at least {@code minimum} of the body-region lists. */
    public record DistinctRegions(List<CodeSet> regions, int minimum) implements Rule {

        public DistinctRegions {
            regions = List.copyOf(regions);
        }

        @Override
        public boolean test(EncodedCase c) {
            int found = 0;
            for (CodeSet region : regions) {
                if (firstIn(c.diagnoses, region) >= 0 && ++found >= minimum) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void explain(EncodedCase c, Trace trace) {
            List<String> hits = regions.stream().filter(r -> firstIn(c.diagnoses, r) >= 0)
                    .map(r -> c.diagnosisCode(firstIn(c.diagnoses, r)) + " (" + r.label() + ")")
                    .toList();
            trace.add("injuries in " + hits.size() + " body regions, at least " + minimum + " required: "
                    + String.join(", ", hits));
        }

        @Override
        public String describe() {
            return "diagnoses in at least " + minimum + " of " + regions.stream().map(CodeSet::label)
                    .collect(Collectors.joining(", "));
        }
    }

    /** The comparisons a demographic bound can use. */
    public enum Comparison {
        LT("<"), LE("≤"), EQ("="), GE("≥"), GT(">");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int actual, int bound) {
            return switch (this) {
                case LT -> actual < bound;
                case LE -> actual <= bound;
                case EQ -> actual == bound;
                case GE -> actual >= bound;
                case GT -> actual > bound;
            };
        }
    }

    /** The parts of {@code rule} that {@code c} does not meet, in words. */
    static String unmet(Rule rule, EncodedCase c) {
        if (rule instanceof All all) {
            return all.parts().stream().filter(p -> !p.test(c)).map(p -> unmet(p, c))
                    .collect(Collectors.joining(" and "));
        }
        return rule.describe();
    }

    static int firstIn(int[] ids, CodeSet codes) {
        for (int i = 0; i < ids.length; i++) {
            if (codes.contains(ids[i])) {
                return i;
            }
        }
        return -1;
    }
}
