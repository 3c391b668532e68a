package cn.yibao.guard.drg.scheme;

import java.util.List;

/**
 * One text file of a scheme or code list, decoded as UTF-8 without byte-order mark or carriage returns.
 *
 * @param path  relative to the scheme's root, with {@code /} separators, e.g. {@code ADRG/BB1_脑创伤开颅术.dat}
 */
public record TextFile(String path, List<String> lines) {

    public TextFile {
        lines = List.copyOf(lines);
    }

    /** The file name without directories. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The code a scheme file is named after: {@code BB1} for {@code BB1_脑创伤开颅术.dat}. */
    public String code() {
        String name = name();
        int end = name.indexOf('_');
        return end > 0 ? name.substring(0, end) : name.substring(0, Math.max(name.lastIndexOf('.'), 0));
    }

    public SchemeImportException error(int line, String message) {
        return new SchemeImportException(path, line, message);
    }

    static List<String> split(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r", "").lines().toList();
    }
}
