package cn.yibao.guard.drg.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.yibao.guard.drg.engine.GroupingCase;

/**
 * Reads cases in the contract's CSV: a header naming at least
 * {@code id,sex,age_years,age_days,birth_weight_g,los_days,discharge_mode,diagnoses,procedures} in any order
 * (other columns are ignored), then one case per line; diagnoses and procedures separated by {@code |}, the
 * first one principal. A row that cannot be read becomes a {@link Row} with a reason instead of a case.
 */
public final class CaseCsv {

    public static final List<String> COLUMNS = List.of("id", "sex", "age_years", "age_days", "birth_weight_g",
            "los_days", "discharge_mode", "diagnoses", "procedures");

    private final int[] positions;
    private final int width;

    private CaseCsv(int[] positions) {
        this.positions = positions;
        this.width = Arrays.stream(positions).max().orElse(0) + 1;
    }

    /** Reads the header line; a missing column is an error for the whole file. */
    public static CaseCsv header(String line) {
        List<String> names = line == null ? null : CsvFields.split(stripBom(line));
        if (names == null) {
            throw new IllegalArgumentException("the CSV has no header line");
        }
        List<String> trimmed = names.stream().map(n -> n.strip().toLowerCase()).toList();
        int[] positions = new int[COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions[i] = trimmed.indexOf(COLUMNS.get(i));
            if (positions[i] < 0) {
                missing.add(COLUMNS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the CSV header lacks the column(s) " + String.join(", ", missing)
                    + "; expected " + String.join(",", COLUMNS));
        }
        return new CaseCsv(positions);
    }

    /** One data line as a case, or as the reason it cannot be read. */
    public Row row(String line, long lineNumber) {
        List<String> fields = CsvFields.split(line);
        if (fields == null) {
            return Row.malformed(firstField(line), "line " + lineNumber + ": a quoted field is not closed");
        }
        String id = fields.get(0).strip();
        if (fields.size() < width) {
            return Row.malformed(id, "line " + lineNumber + ": " + fields.size() + " fields where " + width
                    + " are needed");
        }
        try {
            return Row.of(new GroupingCase(field(fields, 0), number(fields, 1), number(fields, 2), number(fields, 3),
                    number(fields, 4), number(fields, 5), field(fields, 6), codes(fields, 7), codes(fields, 8)));
        } catch (IllegalArgumentException e) {
            return Row.malformed(field(fields, 0), "line " + lineNumber + ": " + e.getMessage());
        }
    }

    private String field(List<String> fields, int column) {
        return fields.get(positions[column]).strip();
    }

    private Integer number(List<String> fields, int column) {
        String value = field(fields, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(COLUMNS.get(column) + " '" + value + "' is not a whole number");
        }
    }

    private List<String> codes(List<String> fields, int column) {
        String value = field(fields, column);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(8);
        for (String code : value.split("\\|")) {
            String c = code.strip();
            if (c.isEmpty()) {
                throw new IllegalArgumentException(COLUMNS.get(column) + " '" + value + "' has an empty code");
            }
            codes.add(c);
        }
        return codes;
    }

    private static String firstField(String line) {
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).replace("\"", "").strip();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** A data line read as a case, or the reason it could not be. */
    public record Row(String id, GroupingCase groupingCase, String malformed) {

        static Row of(GroupingCase c) {
            return new Row(c.id(), c, null);
        }

        static Row malformed(String id, String reason) {
            return new Row(id, null, reason);
        }
    }
}
