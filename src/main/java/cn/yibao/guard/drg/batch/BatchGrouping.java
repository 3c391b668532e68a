package cn.yibao.guard.drg.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.GroupingResult;
import cn.yibao.guard.drg.engine.GroupingStatus;

/**
 * Groups a CSV of cases into a CSV of results, in blocks of rows so that callers can stream: the command
 * writes each block to its file, the REST endpoint sends it as a chunk. A malformed row does not stop the
 * batch: it comes out as INVALID with the line number and the reason.
 */
public final class BatchGrouping {

    /** Rows per block handed to the consumer. */
    static final int BLOCK_ROWS = 2048;

    private final DrgGrouper grouper;

    public BatchGrouping(DrgGrouper grouper) {
        this.grouper = grouper;
    }

    /**
     * Reads the header, then every line, and hands the results to {@code blocks}, header first.
     *
     * @return how many cases were read
     * @throws IllegalArgumentException if the header lacks a column; nothing has been written then
     */
    public long run(BufferedReader in, Consumer<String> blocks) throws IOException {
        CaseCsv csv = CaseCsv.header(in.readLine());
        StringBuilder block = new StringBuilder(BLOCK_ROWS * 40).append(ResultCsv.HEADER).append('\n');
        long lineNumber = 1;
        long cases = 0;
        int rows = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            ResultCsv.append(block, group(csv.row(line, lineNumber)));
            cases++;
            if (++rows == BLOCK_ROWS) {
                blocks.accept(block.toString());
                block.setLength(0);
                rows = 0;
            }
        }
        if (!block.isEmpty()) {
            blocks.accept(block.toString());
        }
        return cases;
    }

    private GroupingResult group(CaseCsv.Row row) {
        if (row.malformed() != null) {
            return new GroupingResult(row.id(), GroupingStatus.INVALID, null, null, GroupingResult.NOT_GROUPED,
                    row.malformed(), null);
        }
        return grouper.group(row.groupingCase());
    }
}
