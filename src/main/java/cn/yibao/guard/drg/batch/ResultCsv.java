package cn.yibao.guard.drg.batch;

import cn.yibao.guard.drg.engine.GroupingResult;

/**
 * Writes results in the contract's CSV: {@code id,mdc,adrg,drg,status} plus a {@code reason} column that
 * says why a case is INVALID or UNGROUPABLE (empty when grouped).
 */
public final class ResultCsv {

    public static final String HEADER = "id,mdc,adrg,drg,status,reason";

    private ResultCsv() {
    }

    public static void append(StringBuilder out, GroupingResult result) {
        CsvFields.append(out, result.id());
        out.append(',');
        CsvFields.append(out, result.mdc());
        out.append(',');
        CsvFields.append(out, result.adrg());
        out.append(',').append(result.drg()).append(',').append(result.status().name()).append(',');
        CsvFields.append(out, result.reason());
        out.append('\n');
    }
}
