package cn.yibao.guard.rules.nhsa;

import java.util.List;
import java.util.Map;

/**
 * The rows of a batch whose free text adds conditions its rule does not check, and the rows its latest import
 * skipped: nothing the batch says is dropped without the insurance office seeing it.
 *
 * @param rules        the batch's live rules
 * @param reported     rules with at least one unchecked condition
 * @param byKind       conditions per kind
 * @param skippedRows  rows the latest import made no rule of, and why
 */
public record UncheckedReport(String batchType, int rules, int reported, Map<String, Integer> byKind,
        List<Row> rows, List<ParsedBatch.SkippedRow> skippedRows) {

    /** One rule and the conditions its text adds. */
    public record Row(int row, String source, String ruleId, String name, List<Condition> conditions, String text) {
    }

    /** One condition: its kind, the kind's Chinese label, and where the text says it. */
    public record Condition(String kind, String label, String excerpt) {
    }
}
