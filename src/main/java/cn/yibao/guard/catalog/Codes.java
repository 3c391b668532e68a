package cn.yibao.guard.catalog;

/** What codes look like, for validation messages and patterns shared by JSON and CSV input. */
final class Codes {

    /** National catalogue codes: letters, digits and {@code . _ -}; never {@code |}, which separates lists. */
    static final String NATIONAL = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String NATIONAL_MESSAGE = "must be a catalogue code: letters, digits, '.', '_' or '-'";
    static final int NATIONAL_MAX = 32;

    /** HIS local codes: anything without blanks or '/', so that each can be addressed in a URL path. */
    static final String HIS = "[^\\s/]+";
    static final String HIS_MESSAGE = "must not contain blanks or '/'";
    static final int HIS_MAX = 64;

    /** ICD-10 code prefixes such as {@code J15}, {@code A41.9} or {@code I21.000}. */
    static final String ICD10_PREFIX = "[A-Z][0-9A-Z.]{0,15}";
    static final String ICD10_MESSAGE = "must be an ICD-10 code prefix such as J15 or A41.9";

    private Codes() {
    }
}
