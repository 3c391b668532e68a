package cn.yibao.guard.rules.engine;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a hit's evidence as plain JSON values (strings, numbers, booleans, lists, maps) in a stable order.
 * Earlier lines are described by id, code, name, quantity, days and time, so the physician can find them.
 */
public final class Evidence {

    /** Lists of earlier lines stop at this many entries; the count of the rest is given. */
    public static final int MAX_LINES = 50;

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Evidence of(String key, Object value) {
        return new Evidence().put(key, value);
    }

    /** Adds a value; {@code null} values are left out, decimals are written without trailing zeros. */
    public Evidence put(String key, Object value) {
        if (value != null) {
            values.put(key, plain(value));
        }
        return this;
    }

    /** Adds the description of one line. */
    public Evidence line(String key, StayLine line) {
        return put(key, describe(line));
    }

    /** Adds the descriptions of several lines, capped at {@link #MAX_LINES}. */
    public Evidence lines(String key, List<StayLine> lines) {
        List<Object> described = new ArrayList<>(Math.min(lines.size(), MAX_LINES));
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            described.add(describe(lines.get(i)));
        }
        put(key, described);
        if (lines.size() > MAX_LINES) {
            put(key + "Omitted", lines.size() - MAX_LINES);
        }
        return this;
    }

    public Map<String, Object> build() {
        return Collections.unmodifiableMap(values);
    }

    /** One line as plain JSON values. */
    public static Map<String, Object> describe(StayLine line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lineId", line.lineId());
        if (line.code() != null) {
            out.put("itemCode", line.code());
        }
        out.put("name", line.displayName());
        if (line.line().quantity() != null) {
            out.put("quantity", plain(line.line().quantity()));
        }
        if (line.line().days() != null) {
            out.put("days", line.line().days());
        }
        if (line.line().longTerm()) {
            out.put("longTerm", true);
        }
        if (line.line().orderedAt() != null) {
            out.put("orderedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(line.line().orderedAt()));
        }
        out.put("draft", line.draft());
        return Collections.unmodifiableMap(out);
    }

    /** Decimals without trailing zeros and never in exponent form; enums by name; collections as lists. */
    static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            return decimal(d);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.time.LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> c && !(value instanceof List<?> l && allPlain(l))) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object element : c) {
                out.add(plain(element));
            }
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    private static boolean allPlain(List<?> list) {
        for (Object element : list) {
            if (element instanceof BigDecimal || element instanceof Enum<?> || element instanceof java.time.LocalDate
                    || element instanceof Collection<?>) {
                return false;
            }
        }
        return true;
    }

    /** 2.50 → 2.5, 100.00 → 100 (never 1E+2). */
    public static BigDecimal decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
