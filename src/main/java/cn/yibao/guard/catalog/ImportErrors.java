package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.List;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;
import cn.yibao.guard.common.ProblemException;

/**
 * The reasons an import is refused, each naming its row and column ({@code row 17, column priceCap}) or, for
 * JSON, its path ({@code [16].priceCap}). An import with any error changes nothing.
 */
final class ImportErrors {

    static final int LIMIT = 100;

    private final List<FieldError> errors = new ArrayList<>();
    private int total;

    void add(String field, String message) {
        total++;
        if (errors.size() < LIMIT) {
            errors.add(new FieldError(field, message));
        }
    }

    int count() {
        return total;
    }

    /** Refuses the import with every error found (the first {@value #LIMIT} listed). */
    void throwIfAny() {
        if (total == 0) {
            return;
        }
        String listed = total > errors.size() ? " (the first " + errors.size() + " are listed)" : "";
        String detail = total == 1 ? errors.get(0).field() + ": " + errors.get(0).message() + "; nothing was imported"
                : total + " errors" + listed + "; nothing was imported";
        throw new ProblemException(Problem.invalid(detail, errors));
    }

    static String cell(int row, String column) {
        return "row " + row + ", column " + column;
    }
}
