package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.List;

/**
 * One clause of a scheme file with the codes listed under it.
 *
 * @param name  the table's name for named tables ({@code 主要诊断}, {@code 手术表1}), the MDC for
 *              {@link ClauseRole#MDC_TABLE}, the heading for {@link ClauseRole#REGION}; otherwise empty
 * @param line  where the clause starts, for error messages
 */
record Clause(ClauseRole role, String name, List<String> codes, int line) {

    static Clause open(ClauseRole role, String name, int line) {
        return new Clause(role, name, new ArrayList<>(), line);
    }
}
