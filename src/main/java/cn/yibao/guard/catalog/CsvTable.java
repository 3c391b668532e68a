package cn.yibao.guard.catalog;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A UTF-8 CSV file with a header row (RFC 4180 quoting; a leading byte-order mark is ignored). Rows are
 * numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2.
 */
final class CsvTable {

    // quotes only the cells that need it (separator, quote, line break, surrounding blanks)
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final ObjectReader READER = MAPPER.readerFor(String[].class)
            .with(CsvSchema.emptySchema())
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES);
    private static final ObjectWriter WRITER = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema());

    /** One data row with its number in the file. */
    record Row(int number, String[] cells) {
    }

    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /**
     * Reads the whole file. A header that lacks a required column, names an unknown or repeated column, or a row
     * whose cell count differs from the header's, is reported in {@code errors}.
     */
    static CsvTable read(byte[] body, List<String> known, Set<String> required, ImportErrors errors) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> records = parse(text, errors);
        if (records.isEmpty()) {
            errors.add("row 1", "the file is empty; the first row must be the header: " + String.join(",", known));
            return new CsvTable(List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(name == null ? "" : name.strip());
        }
        checkHeader(header, known, required, errors);
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            String[] cells = records.get(i);
            if (cells.length != header.size()) {
                errors.add("row " + (i + 1), "has " + cells.length + " cells; the header has " + header.size());
            }
            rows.add(new Row(i + 1, cells));
        }
        return new CsvTable(header, rows);
    }

    private static List<String[]> parse(String text, ImportErrors errors) {
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> it = READER.readValues(text)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
            }
        } catch (JsonProcessingException e) {
            errors.add("row " + (records.size() + 1), "malformed CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            errors.add("row " + (records.size() + 1), "malformed CSV: " + e.getMessage());
        }
        return records;
    }

    private static void checkHeader(List<String> header, List<String> known, Set<String> required,
            ImportErrors errors) {
        Set<String> seen = new java.util.HashSet<>();
        for (String name : header) {
            if (!known.contains(name)) {
                errors.add(ImportErrors.cell(1, name), "unknown column; the columns are " + String.join(",", known));
            } else if (!seen.add(name)) {
                errors.add(ImportErrors.cell(1, name), "appears twice in the header");
            }
        }
        for (String name : required) {
            if (!header.contains(name)) {
                errors.add(ImportErrors.cell(1, name), "required column is missing");
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    List<String> header() {
        return header;
    }

    /** The cell of {@code column} in {@code row}, or {@code null} when the file has no such column or cell. */
    String cell(Row row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.cells().length ? null : row.cells()[index];
    }

    /** Formats rows as CSV lines (no header handling: pass the header as the first row when needed). */
    static String format(List<String[]> lines) {
        StringWriter out = new StringWriter(lines.size() * 128);
        try (SequenceWriter writer = WRITER.writeValues(out)) {
            for (String[] line : lines) {
                writer.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
