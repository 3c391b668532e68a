package cn.yibao.guard.drg.batch;

import java.util.ArrayList;
import java.util.List;

/** Splits and writes RFC 4180 CSV lines (comma separated, fields optionally in double quotes). */
final class CsvFields {

    private CsvFields() {
    }

    /** The fields of one line, or {@code null} if a quoted field is not closed on the line. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    /** Appends {@code value}, quoted if it holds a comma, quote or line break. */
    static void append(StringBuilder out, String value) {
        if (value == null) {
            return;
        }
        boolean needsQuotes = false;
        for (int i = 0; i < value.length() && !needsQuotes; i++) {
            char c = value.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needsQuotes) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
