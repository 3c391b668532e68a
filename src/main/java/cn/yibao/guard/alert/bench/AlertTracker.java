package cn.yibao.guard.alert.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The alert frames one run expects: for each check, one per station it alerts (the doctor's workstation and
 * the ward's nurse station), matched by station and encounter (every check names a new encounter, so repeats
 * are never deduplicated away). Latency counts from when the check was due to when the frame arrived.
 */
final class AlertTracker implements FrameListener {

    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final LatencyLog latencies;
    private final LongAdder expected = new LongAdder();
    private final LongAdder received = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    private final LongAdder updates = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private volatile String lastError;

    AlertTracker(int capacity) {
        this.latencies = new LatencyLog(capacity);
    }

    void expect(Station station, String encounterId, long dueNanos) {
        if (pending.put(key(station, encounterId), dueNanos) == null) {
            expected.increment();
        }
    }

    /** The check raised nothing (or failed): its frames are no longer expected. */
    void forget(Station station, String encounterId) {
        if (pending.remove(key(station, encounterId)) != null) {
            expected.decrement();
        }
    }

    @Override
    public void onFrame(Station station, StationFrame frame, long arrivedNanos) {
        if (frame.isAlert()) {
            Long due = frame.encounterId() == null ? null : pending.remove(key(station, frame.encounterId()));
            if (due == null) {
                unexpected.increment();
            } else {
                received.increment();
                latencies.record(arrivedNanos - due);
            }
        } else if ("update".equals(frame.type())) {
            updates.increment();
        } else {
            errors.increment();
            lastError = frame.raw();
        }
    }

    static String key(Station station, String encounterId) {
        return station.key() + "|" + encounterId;
    }

    /** What arrived, once the run has settled. */
    record Outcome(long expected, long received, long missing, long unexpected, long updates, long errors,
            String lastError, List<String> missingSample, LatencyLog latencies) {
    }

    Outcome outcome() {
        List<String> sample = new ArrayList<>();
        for (String k : pending.keySet()) {
            if (sample.size() == 5) {
                break;
            }
            sample.add(k);
        }
        return new Outcome(expected.sum(), received.sum(), pending.size(), unexpected.sum(), updates.sum(),
                errors.sum(), lastError, sample, latencies);
    }

    long outstanding() {
        return pending.size();
    }
}
