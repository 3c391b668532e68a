package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yibao.guard.rules.engine.OrderLine;

/**
 * A stay's active earlier lines (在院医嘱), resolved through one catalogue version, with the fingerprint of the
 * set they form: how many there are and the XOR of PostgreSQL's 64-bit hash of each line id. A line keeps the
 * content of its first recording and only ever leaves the active set (withdrawn, cancelled), so two sets with the
 * same count and fingerprint are, short of a 64-bit collision, the same lines with the same content.
 * <p>
 * Lines are kept in order of {@code orderedAt}, then line id, so that evidence lists earlier lines the same way
 * whether they were read from the database or added after a write. Built only by {@link #read} and {@link #plus},
 * whose lists are never changed afterwards.
 */
record StayLines(long catalogVersion, long count, long fingerprint, List<OrderLine> lines) {

    static final Comparator<OrderLine> CHRONOLOGICAL = Comparator
            .comparing(OrderLine::orderedAt, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparing(OrderLine::lineId, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** The lines as read from the database together with their fingerprint. */
    static StayLines read(long catalogVersion, long count, long fingerprint, List<OrderLine> lines) {
        return new StayLines(catalogVersion, count, fingerprint, Collections.unmodifiableList(chronological(lines)));
    }

    /**
     * The lines in {@link #CHRONOLOGICAL} order. Sorting a re-read stay of 200 lines takes some 1,500 comparisons,
     * and comparing two times converts both to an instant; here each line's second is computed once and compared
     * as a number, and only lines of the same second are compared in full.
     */
    private static List<OrderLine> chronological(List<OrderLine> lines) {
        Timed[] timed = new Timed[lines.size()];
        for (int i = 0; i < timed.length; i++) {
            OrderLine line = lines.get(i);
            timed[i] = new Timed(line.orderedAt() == null ? Long.MIN_VALUE : line.orderedAt().toEpochSecond(), line);
        }
        Arrays.sort(timed, Timed.ORDER);
        List<OrderLine> sorted = new ArrayList<>(timed.length);
        for (Timed t : timed) {
            sorted.add(t.line());
        }
        return sorted;
    }

    /** A line with the second it was ordered at (untimed lines first, as {@link #CHRONOLOGICAL} has them). */
    private record Timed(long second, OrderLine line) {

        static final Comparator<Timed> ORDER = (a, b) -> a.second != b.second ? Long.compare(a.second, b.second)
                : CHRONOLOGICAL.compare(a.line, b.line);
    }

    /** These lines plus those a write inserted, each with the hash PostgreSQL gave its line id. */
    StayLines plus(List<OrderLine> inserted, long[] hashes) {
        if (inserted.isEmpty()) {
            return this;
        }
        long fp = fingerprint;
        for (long hash : hashes) {
            fp ^= hash;
        }
        List<OrderLine> added = new ArrayList<>(inserted);
        added.sort(CHRONOLOGICAL);
        return new StayLines(catalogVersion, count + inserted.size(), fp,
                Collections.unmodifiableList(merge(lines, added)));
    }

    /**
     * Two chronological lists as one. A check adds a handful of lines to a stay of hundreds, usually the newest:
     * the kept lines before the first added one are copied without comparing them, where sorting the whole stay
     * again compared every line on each check. Ties keep the stay's line first, as a stable sort would.
     */
    private static List<OrderLine> merge(List<OrderLine> kept, List<OrderLine> added) {
        List<OrderLine> merged = new ArrayList<>(kept.size() + added.size());
        int i = after(kept, added.get(0));
        merged.addAll(kept.subList(0, i));
        int j = 0;
        while (i < kept.size() && j < added.size()) {
            merged.add(CHRONOLOGICAL.compare(added.get(j), kept.get(i)) < 0 ? added.get(j++) : kept.get(i++));
        }
        merged.addAll(kept.subList(i, kept.size()));
        merged.addAll(added.subList(j, added.size()));
        return merged;
    }

    /** The index of the first kept line that sorts after the given one (binary search). */
    private static int after(List<OrderLine> kept, OrderLine line) {
        int low = 0;
        int high = kept.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (CHRONOLOGICAL.compare(kept.get(mid), line) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The lines by line id. */
    Map<String, OrderLine> byLineId() {
        Map<String, OrderLine> byId = new HashMap<>(lines.size() * 2);
        for (OrderLine line : lines) {
            byId.put(line.lineId(), line);
        }
        return byId;
    }

    /** How much of the cache this entry takes, in lines (an empty stay still takes one). */
    int weight() {
        return Math.max(1, lines.size());
    }
}
