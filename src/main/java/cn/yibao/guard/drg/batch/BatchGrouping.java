package cn.yibao.guard.drg.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.GroupingResult;
import cn.yibao.guard.drg.engine.GroupingStatus;

/**
 * Groups a CSV of cases into a CSV of results, one block of rows at a time, so that callers stream: the
 * command writes each block to its file, the REST endpoint sends it as a chunk when the client is ready for
 * it. The header is read when the batch is opened; a malformed row does not stop the batch but comes out as
 * INVALID with its line number and the reason.
 */
public final class BatchGrouping implements Iterator<String> {

    /** Rows per block. */
    static final int BLOCK_ROWS = 2048;

    private final DrgGrouper grouper;
    private final BufferedReader in;
    private final CaseCsv csv;
    private final StringBuilder block = new StringBuilder(BLOCK_ROWS * 40);
    private long lineNumber = 1;
    private long cases;
    private boolean headerWritten;
    private String next;

    private BatchGrouping(DrgGrouper grouper, BufferedReader in, CaseCsv csv) {
        this.grouper = grouper;
        this.in = in;
        this.csv = csv;
    }

    /**
     * Reads the header line.
     *
     * @throws IllegalArgumentException if the header lacks a column: nothing is grouped then
     */
    public static BatchGrouping open(DrgGrouper grouper, BufferedReader in) throws IOException {
        return new BatchGrouping(grouper, in, CaseCsv.header(in.readLine()));
    }

    /** How many cases have been read so far. */
    public long cases() {
        return cases;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readBlock();
        }
        return next != null;
    }

    /** The next block of result lines, each ending in a line break; the first block starts with the header. */
    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String result = next;
        next = null;
        return result;
    }

    private String readBlock() {
        block.setLength(0);
        if (!headerWritten) {
            block.append(ResultCsv.HEADER).append('\n');
            headerWritten = true;
        }
        try {
            int rows = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    ResultCsv.append(block, group(csv.row(line, lineNumber)));
                    cases++;
                    if (++rows == BLOCK_ROWS) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return block.isEmpty() ? null : block.toString();
    }

    private GroupingResult group(CaseCsv.Row row) {
        if (row.malformed() != null) {
            return new GroupingResult(row.id(), GroupingStatus.INVALID, null, null, GroupingResult.NOT_GROUPED,
                    row.malformed(), null);
        }
        return grouper.group(row.groupingCase());
    }
}
