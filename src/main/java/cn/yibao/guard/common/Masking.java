package cn.yibao.guard.common;

/**
 * Masks personal identifiers before they reach a log line: patient names keep their first character,
 * ID numbers (身份证号) and patient ids keep their last four.
 */
public final class Masking {

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    public static String id(String id) {
        if (id == null) {
            return null;
        }
        int keep = Math.min(4, id.length() / 3);
        return "*".repeat(id.length() - keep) + id.substring(id.length() - keep);
    }
}
