package cn.yibao.guard.drg.scheme;

import java.util.List;
import java.util.stream.Stream;

/** A scheme file read as clauses: an ADRG's conditions or an MDC's table (with MDCZ's regions). */
record ClauseSheet(TextFile file, List<Clause> clauses, List<Formula> formulas) {

    ClauseSheet {
        clauses = List.copyOf(clauses);
        formulas = List.copyOf(formulas);
    }

    Stream<String> codes(ClauseRole.Kind kind) {
        return clauses.stream().filter(c -> c.role().kind() == kind).flatMap(c -> c.codes().stream());
    }
}
