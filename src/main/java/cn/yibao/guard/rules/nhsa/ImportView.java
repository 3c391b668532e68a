package cn.yibao.guard.rules.nhsa;

import java.time.OffsetDateTime;
import java.util.List;

/** One entry of a batch's import log. */
public record ImportView(long id, String batchType, String fileName, String codesFileName, String format,
        String checksum, String codesChecksum, OffsetDateTime importedAt, String importedBy, int dataRows, int rules,
        int drugCodes, int created, int updated, int unchanged, int retired, int skipped,
        List<ParsedBatch.SkippedRow> skippedRows, List<String> warnings) {
}
