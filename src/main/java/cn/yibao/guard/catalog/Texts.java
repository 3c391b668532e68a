package cn.yibao.guard.catalog;

import java.util.List;

/** Trimming of text fields: surrounding blanks are dropped and an empty value means "none". */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Strips every element; null elements are kept so that validation can name them. */
    static List<String> stripAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? null : v.strip()).toList();
    }
}
