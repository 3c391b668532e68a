package cn.yibao.guard.rules.nhsa;

/**
 * A rule batch that cannot be imported as it is, naming the sheet, the row (its number in the sheet; the header
 * is row 1) and the column (by its header) at fault. The import fails as a whole and changes nothing.
 */
public class SheetException extends RuntimeException {

    private final String sheet;
    private final Integer row;
    private final String column;
    private final String reason;

    public SheetException(String sheet, Integer row, String column, String reason) {
        super(describe(sheet, row, column, reason), null, false, false);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.reason = reason;
    }

    /** A problem with the sheet as a whole (e.g. no data rows, or a missing sheet). */
    public static SheetException sheet(String sheet, String reason) {
        return new SheetException(sheet, null, null, reason);
    }

    public String sheet() {
        return sheet;
    }

    /** The row number in the sheet, or {@code null} for the sheet as a whole. */
    public Integer row() {
        return row;
    }

    /** The column's header, or {@code null} when the problem is not about one column. */
    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    /** The field as problem+json names it: {@code <sheet>[<row>].<column>}, e.g. {@code b1-drug-sex.csv[17].限定对象}. */
    public String field() {
        StringBuilder field = new StringBuilder(sheet);
        if (row != null) {
            field.append('[').append(row).append(']');
        }
        if (column != null) {
            field.append('.').append(column);
        }
        return field.toString();
    }

    private static String describe(String sheet, Integer row, String column, String reason) {
        return "sheet " + sheet + (row == null ? "" : ", row " + row) + (column == null ? "" : ", column " + column)
                + ": " + reason;
    }
}
