package cn.yibao.guard.rules.nhsa;

import java.util.List;

/**
 * One sheet of a rule batch as read from CSV or xlsx: its name (the CSV file name, or the workbook's sheet name)
 * and its non-missing rows, each with its row number in the sheet (the header is row 1 in the published files).
 */
public record Sheet(String name, List<Row> rows) {

    public Sheet {
        rows = List.copyOf(rows);
    }

    /**
     * One row: its number in the sheet and its cells, trimmed (also of full-width and non-breaking spaces), empty
     * strings for empty cells.
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in this column (0-based), or {@code ""} beyond the row's last cell. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        /** Whether every cell is empty. */
        public boolean blank() {
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** The cells after the first that are not empty. */
        public boolean restBlank() {
            for (int i = 1; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Trims a cell's text, including full-width (U+3000) and non-breaking (U+00A0) spaces. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
