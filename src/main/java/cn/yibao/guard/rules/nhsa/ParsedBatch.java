package cn.yibao.guard.rules.nhsa;

import java.util.List;

import cn.yibao.guard.rules.engine.RuleDefinition;

/**
 * A batch read and bound to rule templates, before anything is stored.
 *
 * @param rules     one rule per data row, source {@code <type>#<row>}
 * @param dataRows  the rows read after the header, skipped ones included
 * @param drugCodes the national drug codes the rules name (drug batches)
 * @param skipped   rows that make no rule: footer rows (empty, 合计, 备注) and conditions not understood
 * @param warnings  what the import noticed without refusing it (e.g. drugs without codes)
 */
public record ParsedBatch(BatchType type, List<RuleDefinition> rules, int dataRows, int drugCodes,
        List<SkippedRow> skipped, List<String> warnings) {

    public ParsedBatch {
        rules = List.copyOf(rules);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** A row that makes no rule, and why. */
    public record SkippedRow(String sheet, int row, String reason) {
    }
}
