package cn.yibao.guard.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads typed values from the cells of one CSV row, reporting a value it cannot read as
 * {@code row N, column X} and answering {@code null} for it. An empty cell is "no value".
 */
final class CellReader {

    /** Separates the values of a list-valued cell, e.g. {@code J15|A41}. */
    static final String LIST_SEPARATOR = "|";

    private static final Pattern SPLIT = Pattern.compile("\\|");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,20}(\\.\\d{0,20})?|\\.\\d{1,20})");

    private final CsvTable table;
    private final CsvTable.Row row;
    private final ImportErrors errors;
    private final java.util.Set<String> failed = new java.util.HashSet<>();

    CellReader(CsvTable table, CsvTable.Row row, ImportErrors errors) {
        this.table = table;
        this.row = row;
        this.errors = errors;
    }

    int rowNumber() {
        return row.number();
    }

    String text(String column) {
        return Texts.clean(table.cell(row, column));
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            fail(column, "must be a whole number, not '" + value + "'");
            return null;
        }
        return Integer.valueOf(value);
    }

    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            fail(column, "must be a decimal number such as 12.5, not '" + value + "'");
            return null;
        }
        return new BigDecimal(value);
    }

    /** An enum constant by name, or by one of the given aliases (e.g. 乙 for B). */
    <E extends Enum<E>> E choice(String column, Class<E> type, Map<String, E> aliases) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        E alias = aliases.get(value);
        if (alias != null) {
            return alias;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        fail(column, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        return null;
    }

    /** A {@code |}-separated list; blank elements are kept so that validation names them. */
    List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String part : SPLIT.split(value, -1)) {
            values.add(part.strip());
        }
        return values;
    }

    <E extends Enum<E>> List<E> choices(String column, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String part : list(column)) {
            E constant = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(part)).findFirst()
                    .orElse(null);
            if (constant == null) {
                fail(column, "each value must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '"
                        + part + "'");
                return List.of();
            }
            values.add(constant);
        }
        return values;
    }

    /** Whether a value of this column could not be read (and was reported). */
    boolean failed(String column) {
        return failed.contains(column);
    }

    private void fail(String column, String message) {
        failed.add(column);
        errors.add(ImportErrors.cell(row.number(), column), message);
    }

    static String join(List<?> values) {
        return values.stream().map(Object::toString).reduce((a, b) -> a + LIST_SEPARATOR + b).orElse("");
    }
}
