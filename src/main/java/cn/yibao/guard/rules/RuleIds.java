package cn.yibao.guard.rules;

/** Rule ids: what clients may choose, and what the server assigns. */
final class RuleIds {

    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    static final String MESSAGE = "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit";
    /** Server-assigned ids look like R-17; clients may not take that form. */
    static final String SERVER_PATTERN = "R-[0-9]+";

    private RuleIds() {
    }

    static String assigned(long number) {
        return "R-" + number;
    }
}
