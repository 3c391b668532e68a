package cn.yibao.guard.rules.nhsa;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The unchecked-conditions report as CSV: {@code row,source,rule_id,name,kind,label,excerpt,text}, one line per
 * condition; rows the last import skipped follow with kind {@code SKIPPED_ROW}.
 */
final class UncheckedCsv {

    static final List<String> COLUMNS = List.of("row", "source", "rule_id", "name", "kind", "label", "excerpt",
            "text");
    private static final ObjectWriter ROW = new CsvMapper().writer(CsvSchema.emptySchema());

    private UncheckedCsv() {
    }

    static String write(UncheckedReport report) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.copyOf(COLUMNS));
        for (UncheckedReport.Row row : report.rows()) {
            for (UncheckedReport.Condition c : row.conditions()) {
                lines.add(List.of(row.row(), row.source(), row.ruleId(), row.name(), c.kind(), c.label(),
                        c.excerpt(), row.text() == null ? "" : row.text()));
            }
        }
        for (ParsedBatch.SkippedRow skipped : report.skippedRows()) {
            lines.add(List.of(skipped.row(), skipped.sheet(), "", "", "SKIPPED_ROW", "未导入的行", skipped.reason(),
                    ""));
        }
        StringBuilder out = new StringBuilder();
        try {
            for (List<Object> line : lines) {
                out.append(ROW.writeValueAsString(line));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
