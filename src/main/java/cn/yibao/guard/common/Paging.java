package cn.yibao.guard.common;

/** Page and size query parameters, checked so that a bad value is named in the problem. */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;

    private Paging() {
    }

    public static int page(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int page = number("page", text);
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be ≥ 0");
        }
        return page;
    }

    public static int size(String text, int max) {
        if (text == null || text.isBlank()) {
            return DEFAULT_SIZE;
        }
        int size = number("size", text);
        if (size < 1 || size > max) {
            throw ProblemException.invalidField("size", "must be between 1 and " + max);
        }
        return size;
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a whole number, not '" + text + "'");
        }
    }
}
