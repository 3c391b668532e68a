package cn.yibao.guard.alert;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.yibao.guard.order.CheckRecorded;
import cn.yibao.guard.order.LinesWithdrawn;
import io.smallrye.mutiny.Uni;

/**
 * Turns order checks into alerts. The observers only queue (they run on the event loop, after the check's commit,
 * and must neither slow nor fail the check); one write at a time drains the queue in a batch — a single
 * transaction whatever the number of checks waiting — so that the write keeps up with many checks per second and
 * a quiet system still writes each check at once. What a batch changed is then pushed to stations.
 * <p>
 * A check whose alerts are lost (write failed, queue full, instance stopped) is raised by {@link AlertRecovery}.
 */
@ApplicationScoped
public class AlertWriter {

    private static final Logger LOG = Logger.getLogger(AlertWriter.class);

    private final AlertRepository repository;
    private final AlertFanOut fanOut;
    private final AlertFrames frames;
    private final DedupWindows windows;
    private final int batchSize;
    private final int queueLimit;
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();

    public AlertWriter(AlertRepository repository, AlertFanOut fanOut, AlertFrames frames,
            @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone,
            @ConfigProperty(name = "yibao.alerts.daily-templates") Set<String> daily,
            @ConfigProperty(name = "yibao.alerts.cycle-templates") Set<String> cycle,
            @ConfigProperty(name = "yibao.alerts.write-batch") int batchSize,
            @ConfigProperty(name = "yibao.alerts.queue-limit") int queueLimit) {
        this.repository = repository;
        this.fanOut = fanOut;
        this.frames = frames;
        this.windows = new DedupWindows(zone, daily, cycle);
        this.batchSize = batchSize;
        this.queueLimit = queueLimit;
    }

    void onCheck(@Observes CheckRecorded check) {
        if (!check.hits().isEmpty()) {
            enqueue(check);
        }
    }

    void onWithdrawal(@Observes LinesWithdrawn withdrawn) {
        enqueue(new AlertRepository.Withdrawal(withdrawn.encounterId(), withdrawn.lineIds(), withdrawn.at()));
    }

    /** Queues a recorded check (or a withdrawal); false when the queue is full (the recovery sweep catches up). */
    boolean enqueue(Object item) {
        if (queued.incrementAndGet() > queueLimit) {
            queued.decrementAndGet();
            LOG.warnf("Alert queue full (%d); the recovery sweep will raise what was left out", queueLimit);
            return false;
        }
        queue.add(item);
        drain();
        return true;
    }

    private void drain() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        List<CheckRecorded> checks = new ArrayList<>();
        List<AlertRepository.Withdrawal> withdrawals = new ArrayList<>();
        for (Object item; checks.size() + withdrawals.size() < batchSize && (item = queue.poll()) != null;) {
            queued.decrementAndGet();
            if (item instanceof CheckRecorded c) {
                checks.add(c);
            } else {
                withdrawals.add((AlertRepository.Withdrawal) item);
            }
        }
        if (checks.isEmpty() && withdrawals.isEmpty()) {
            writing.set(false);
            if (!queue.isEmpty()) {
                drain();
            }
            return;
        }
        write(checks, withdrawals).subscribe().with(v -> done(), e -> {
            LOG.errorf("Writing alerts for %d checks failed (%s); the recovery sweep will raise them", checks.size(),
                    e.getMessage());
            done();
        });
    }

    private void done() {
        writing.set(false);
        if (!queue.isEmpty()) {
            drain();
        }
    }

    private Uni<Void> write(List<CheckRecorded> checks, List<AlertRepository.Withdrawal> withdrawals) {
        List<AlertCandidate> candidates = new ArrayList<>();
        Set<UUID> checkIds = new LinkedHashSet<>();
        for (CheckRecorded c : checks) {
            checkIds.add(c.checkId());
            candidates.addAll(AlertCandidate.of(c, windows));
        }
        return repository.write(List.copyOf(checkIds), candidates, withdrawals, OffsetDateTime.now(ZoneOffset.UTC))
                .invoke(written -> {
                    List<AlertEvent> events = new ArrayList<>(written.created().size() + written.updated().size());
                    written.created().forEach(a -> events.add(frames.event(AlertEvent.Type.ALERT, a)));
                    written.updated().forEach(a -> events.add(frames.event(AlertEvent.Type.UPDATE, a)));
                    fanOut.publish(events);
                }).replaceWithVoid();
    }
}
