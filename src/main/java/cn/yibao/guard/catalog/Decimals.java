package cn.yibao.guard.catalog;

import java.math.BigDecimal;

/** Exact decimals in one canonical form, so that 0.10, 0.1 and 0.1000 are stored and exported alike. */
final class Decimals {

    private Decimals() {
    }

    /** Drops trailing zeros without switching to exponent notation ({@code 100} stays {@code 100}). */
    static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
