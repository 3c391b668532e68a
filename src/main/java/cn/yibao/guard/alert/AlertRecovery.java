package cn.yibao.guard.alert;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.yibao.guard.order.RecordedChecks;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The recovery sweep: checks with hits recorded more than {@code grace} ago for which no instance raised alerts
 * (the instance stopped between the check's commit and the alert write, the write failed, the queue was full)
 * are raised now. Every instance sweeps; the write claims each check once ({@code alert_check}), so two sweeps
 * never raise a check twice. The first sweep after start looks back {@code lookback}; later ones continue from
 * where the previous one stopped, overlapping by {@code grace}.
 */
@ApplicationScoped
public class AlertRecovery {

    private static final Logger LOG = Logger.getLogger(AlertRecovery.class);

    private final RecordedChecks checks;
    private final AlertRepository repository;
    private final AlertWriter writer;
    private final Duration grace;
    private final Duration lookback;
    private final int batch;
    private volatile OffsetDateTime sweptUpTo;

    public AlertRecovery(RecordedChecks checks, AlertRepository repository, AlertWriter writer,
            @ConfigProperty(name = "yibao.alerts.sweep.grace") Duration grace,
            @ConfigProperty(name = "yibao.alerts.sweep.lookback") Duration lookback,
            @ConfigProperty(name = "yibao.alerts.sweep.batch") int batch) {
        this.checks = checks;
        this.repository = repository;
        this.writer = writer;
        this.grace = grace;
        this.lookback = lookback;
        this.batch = batch;
    }

    @Scheduled(every = "${yibao.alerts.sweep.interval}", delayed = "${yibao.alerts.sweep.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledSweep() {
        return sweep().onFailure().invoke(e -> LOG.warnf("Alert recovery sweep failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One sweep; the number of checks raised. */
    public Uni<Integer> sweep() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime to = now.minus(grace);
        OffsetDateTime from = sweptUpTo == null ? now.minus(lookback) : sweptUpTo.minus(grace);
        if (!from.isBefore(to)) {
            return Uni.createFrom().item(0);
        }
        return checks.withHits(from, to, batch).flatMap(recorded -> repository.unraised(
                recorded.stream().map(RecordedChecks.Recorded::checkId).toList())
                .flatMap(checks::events)
                .map(events -> {
                    events.forEach(writer::enqueue);
                    if (!events.isEmpty()) {
                        LOG.warnf("Recovery sweep raised alerts for %d checks recorded without them", events.size());
                    }
                    // A full page means more may follow: the next sweep continues from the last check seen.
                    sweptUpTo = recorded.size() < batch ? to : recorded.get(recorded.size() - 1).at().plus(grace);
                    return events.size();
                }));
    }

    /** Forgets how far the sweep got, so that the next sweep looks back the whole {@code lookback}. */
    void restart() {
        sweptUpTo = null;
    }
}
