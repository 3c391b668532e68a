package cn.yibao.guard.drg.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the clean one-record-per-line files ({@code CODE NAME} or {@code CODE VALUE}, separated by white
 * space): the MDC, ADRG and DRG lists, the MCC/CC and exclusion tables, the operating-room procedures and the
 * national code lists. Blank lines and lines starting with {@code #} are skipped.
 */
final class ListFile {

    private ListFile() {
    }

    /**
     * @param codeShape what the code must look like, e.g. a diagnosis code
     * @param what      what the code is, for the error message
     */
    static List<ListEntry> read(TextFile file, Predicate<String> codeShape, String what) {
        List<ListEntry> entries = new ArrayList<>(file.lines().size());
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String code = Codes.firstToken(line);
            if (!codeShape.test(code)) {
                throw file.error(i + 1, "expected " + what + ", found '" + abbreviate(line) + "'");
            }
            entries.add(new ListEntry(code, Codes.rest(line), i + 1));
        }
        return entries;
    }

    static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
