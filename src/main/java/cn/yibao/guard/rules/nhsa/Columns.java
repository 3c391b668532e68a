package cn.yibao.guard.rules.nhsa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's columns found by their headers (not their position, which corrected sheets may change). The header
 * is the sheet's first non-empty row; header names are compared without any whitespace.
 */
final class Columns {

    private final Sheet sheet;
    private final Sheet.Row header;
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<Sheet.Row> data;

    private Columns(Sheet sheet, Sheet.Row header, List<Sheet.Row> data) {
        this.sheet = sheet;
        this.header = header;
        this.data = data;
        for (int i = 0; i < header.cells().size(); i++) {
            String name = normalise(header.cell(i));
            if (!name.isEmpty()) {
                byName.putIfAbsent(name, i);
            }
        }
    }

    static Columns of(Sheet sheet) {
        List<Sheet.Row> rows = sheet.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank()) {
                return new Columns(sheet, rows.get(i), rows.subList(i + 1, rows.size()));
            }
        }
        throw SheetException.sheet(sheet.name(), "the sheet is empty");
    }

    Sheet sheet() {
        return sheet;
    }

    /** The rows after the header. */
    List<Sheet.Row> data() {
        return data;
    }

    /** The column with this header (or one of the alternatives); a missing one fails the import, naming it. */
    int required(String name, String... alternatives) {
        Integer index = byName.get(name);
        for (int i = 0; index == null && i < alternatives.length; i++) {
            index = byName.get(alternatives[i]);
        }
        if (index == null) {
            String expected = alternatives.length == 0 ? name : name + " (or " + String.join(", ", alternatives)
                    + ")";
            throw new SheetException(sheet.name(), header.number(), name, "missing column " + expected
                    + "; the header row has " + String.join(", ", header.cells()));
        }
        return index;
    }

    /** The column with this header, or -1. */
    int optional(String name) {
        return byName.getOrDefault(name, -1);
    }

    /** The header of a column, as the sheet spells it without whitespace. */
    String name(int column) {
        return normalise(header.cell(column));
    }

    private static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
