package cn.yibao.guard.catalog;

import java.util.Locale;

/** LIKE patterns from user text: the text's own {@code % _ \} match themselves. */
final class Like {

    private Like() {
    }

    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
