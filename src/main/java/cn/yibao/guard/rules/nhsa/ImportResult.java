package cn.yibao.guard.rules.nhsa;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an import did: the file and its checksum, the rows read, and the rules created, given a new version,
 * left unchanged and retired (rows that disappeared), the rows skipped and why, and how many rules carry free
 * text adding conditions they do not check ({@code GET …/unchecked-conditions} lists them).
 */
public record ImportResult(String batchType, long importId, String fileName, String codesFileName, String format,
        String checksum, String codesChecksum, OffsetDateTime importedAt, String importedBy, int dataRows,
        int rules, int drugCodes, int created, int updated, int unchanged, int retired, int skipped,
        List<ParsedBatch.SkippedRow> skippedRows, List<String> warnings, int uncheckedConditions, BatchTiers tiers,
        boolean enabled) {
}
