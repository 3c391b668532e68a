package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yibao.guard.drg.engine.CodeSet;
import cn.yibao.guard.drg.engine.Rule;
import cn.yibao.guard.drg.engine.Rules;

/**
 * Compiles an ADRG's {@link ClauseSheet} into one {@link Rule}: the clauses of a file all hold at once; a
 * file with formula lines holds when one of its formulas does (主要诊断 + 手术表 N + …).
 */
final class AdrgRules {

    private final CodeSets sets;
    private final CodeSet operatingRoom;
    private final Function<String, CodeSet> mdcTables;

    /**
     * @param mdcTables the principal-diagnosis table of an MDC by code, or {@code null} if there is none
     */
    AdrgRules(CodeSets sets, CodeSet operatingRoom, Function<String, CodeSet> mdcTables) {
        this.sets = sets;
        this.operatingRoom = operatingRoom;
        this.mdcTables = mdcTables;
    }

    Rule compile(String adrg, ClauseSheet sheet, List<Rule> qualifiers) {
        if (sheet.clauses().isEmpty()) {
            throw sheet.file().error(0, "the file has no clauses");
        }
        List<Rule> parts = new ArrayList<>(qualifiers);
        Map<String, Clause> tables = new LinkedHashMap<>();
        int group = 0;
        for (Clause clause : sheet.clauses()) {
            switch (clause.role()) {
                case DIAGNOSIS_TABLE, PROCEDURE_TABLE -> tables.put(clause.name(), clause);
                case PROCEDURE_GROUP -> parts.add(new Rules.AnyProcedureIn(sets.procedures(
                        "procedure list " + ++group + " of " + adrg + " (同时包含)", clause.codes())));
                default -> parts.add(clause(adrg, clause, sheet));
            }
        }
        if (!sheet.formulas().isEmpty() || !tables.isEmpty()) {
            parts.add(formulas(adrg, sheet, tables));
        }
        return parts.size() == 1 ? parts.get(0) : new Rules.All(parts);
    }

    private Rule clause(String adrg, Clause clause, ClauseSheet sheet) {
        return switch (clause.role()) {
            case PRINCIPAL_DIAGNOSIS -> new Rules.PrincipalDiagnosisIn(
                    sets.diagnoses("the principal-diagnosis list of " + adrg, clause.codes()));
            case ANY_DIAGNOSIS -> new Rules.AnyDiagnosisIn(
                    sets.diagnoses("the diagnosis list of " + adrg, clause.codes()));
            case PRINCIPAL_PROCEDURE -> new Rules.PrincipalProcedureIn(
                    sets.procedures("the principal-procedure list of " + adrg, clause.codes()));
            case OPERATING_ROOM -> new Rules.PrincipalProcedureIn(operatingRoom);
            case NO_OPERATING_ROOM -> new Rules.NoPrincipalProcedureIn(operatingRoom);
            case MDC_TABLE -> new Rules.PrincipalDiagnosisIn(mdcTable(clause, sheet));
            default -> throw sheet.file().error(clause.line(), "this clause cannot stand in an ADRG file");
        };
    }

    private CodeSet mdcTable(Clause clause, ClauseSheet sheet) {
        CodeSet table = mdcTables.apply(clause.name());
        if (table == null) {
            throw sheet.file().error(clause.line(), clause.name() + " has no principal-diagnosis table");
        }
        return table;
    }

    private Rule formulas(String adrg, ClauseSheet sheet, Map<String, Clause> tables) {
        if (sheet.formulas().isEmpty()) {
            Clause unused = tables.values().iterator().next();
            throw sheet.file().error(unused.line(), "table '" + unused.name() + "' is not used by any formula");
        }
        List<Rule> alternatives = new ArrayList<>();
        for (Formula formula : sheet.formulas()) {
            List<Rule> terms = new ArrayList<>();
            for (String name : formula.tables()) {
                Clause table = tables.get(name);
                if (table == null) {
                    throw sheet.file().error(formula.line(), "the formula uses '" + name + "', which is not defined");
                }
                terms.add(term(adrg, table));
            }
            alternatives.add(new Rules.All(terms));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Rules.Any(alternatives);
    }

    private Rule term(String adrg, Clause table) {
        String label = table.name() + " of " + adrg;
        return table.role() == ClauseRole.DIAGNOSIS_TABLE
                ? new Rules.PrincipalDiagnosisIn(sets.diagnoses(label, table.codes()))
                : new Rules.AnyProcedureIn(sets.procedures(label, table.codes()));
    }
}
