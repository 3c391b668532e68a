package cn.yibao.guard.drg.scheme;

/** One {@code CODE VALUE} line of a list file, with its line number for error messages. */
record ListEntry(String code, String value, int line) {

    /** The value as a positive whole number, e.g. the exclusion table of an MCC. */
    int number(TextFile file) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw file.error(line, "expected a positive table number after " + code + ", found '" + value + "'");
    }
}
