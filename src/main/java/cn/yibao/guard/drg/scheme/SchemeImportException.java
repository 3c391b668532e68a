package cn.yibao.guard.drg.scheme;

/**
 * A scheme or code list that cannot be imported, naming the file and line at fault, e.g.
 * {@code ADRG/BB1_脑创伤开颅术.dat line 3: unknown clause form '包含以下其他诊断：'}.
 */
public class SchemeImportException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public SchemeImportException(String file, int line, String reason) {
        super(location(file, line) + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public SchemeImportException(String message) {
        this(null, 0, message);
    }

    /** The file at fault, relative to the scheme's root, or {@code null} if the problem is not in one file. */
    public String file() {
        return file;
    }

    /** The line at fault, counting from 1, or 0 if the problem is not on one line. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }

    private static String location(String file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + " line " + line + ": " : file + ": ";
    }
}
