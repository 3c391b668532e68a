package cn.yibao.guard.drg.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the codes of one kind (diagnoses or procedures) that a scheme knows, so that the grouper tests
 * membership with a bit instead of hashing strings again at every rule.
 * <p>
 * Lookups accept any {@link CharSequence} and hash it themselves, so that a CSV reader can look a code up
 * without first copying it into a {@link String}.
 */
public final class CodeDictionary {

    /** The id of a code the dictionary does not know. */
    public static final int UNKNOWN = -1;

    private final String[] codes;
    private final int[] slots;
    private final int mask;

    private CodeDictionary(String[] codes) {
        this.codes = codes;
        int capacity = Integer.highestOneBit(Math.max(codes.length, 8) * 3) << 1;
        this.mask = capacity - 1;
        this.slots = new int[capacity];
        Arrays.fill(slots, UNKNOWN);
        for (int id = 0; id < codes.length; id++) {
            int slot = hash(codes[id]) & mask;
            while (slots[slot] != UNKNOWN) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    /** The id of {@code code}, or {@link #UNKNOWN}. */
    public int id(CharSequence code) {
        int slot = hash(code) & mask;
        for (int id = slots[slot]; id != UNKNOWN; id = slots[slot]) {
            if (contentEquals(codes[id], code)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    public int size() {
        return codes.length;
    }

    private static int hash(CharSequence s) {
        int h = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private static boolean contentEquals(String known, CharSequence candidate) {
        if (known.length() != candidate.length()) {
            return false;
        }
        for (int i = known.length() - 1; i >= 0; i--) {
            if (known.charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Collects codes in first-seen order; adding a code twice keeps its first id. */
    public static final class Builder {

        private final Map<String, Integer> ids = new HashMap<>();

        public int add(String code) {
            return ids.computeIfAbsent(code, c -> ids.size());
        }

        public CodeDictionary build() {
            String[] codes = new String[ids.size()];
            ids.forEach((code, id) -> codes[id] = code);
            return new CodeDictionary(codes);
        }
    }
}
