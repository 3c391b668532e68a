package cn.yibao.guard.alert.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of one run, recorded from any thread into a preallocated array (no allocation while measuring). */
final class LatencyLog {

    private final long[] nanos;
    private final AtomicInteger size = new AtomicInteger();
    private volatile long[] sorted;

    LatencyLog(int capacity) {
        this.nanos = new long[Math.max(capacity, 16)];
    }

    void record(long latencyNanos) {
        int i = size.getAndIncrement();
        if (i < nanos.length) {
            nanos[i] = latencyNanos;
        }
    }

    int count() {
        return Math.min(size.get(), nanos.length);
    }

    /** The q-quantile in milliseconds (nearest rank), NaN when nothing was recorded. */
    double millis(double q) {
        long[] s = sorted;
        if (s == null || s.length != count()) {
            s = Arrays.copyOf(nanos, count());
            Arrays.sort(s);
            sorted = s;
        }
        if (s.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * s.length) - 1;
        return s[Math.max(0, Math.min(i, s.length - 1))] / 1e6;
    }
}
