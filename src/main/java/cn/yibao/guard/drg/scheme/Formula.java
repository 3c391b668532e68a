package cn.yibao.guard.drg.scheme;

import java.util.List;

/**
 * One alternative of a formula line, e.g. {@code 或包含以下主要诊断+手术表 1+手术表 3+手术表 4}: the principal
 * diagnosis in the table {@code 主要诊断} and some procedure in each named procedure table.
 *
 * @param tables the named tables, in order ({@code 主要诊断}, {@code 手术表1}, …)
 */
record Formula(List<String> tables, int line) {

    Formula {
        tables = List.copyOf(tables);
    }
}
