package cn.yibao.guard.alert;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Runs the fan-out's outbox retry. It waits for the application to have started, because the fan-out's channel
 * exists only once messaging is wired.
 */
@ApplicationScoped
public class AlertOutbox {

    private static final Logger LOG = Logger.getLogger(AlertOutbox.class);

    private final Instance<AlertFanOut> fanOut;
    private volatile boolean started;

    public AlertOutbox(Instance<AlertFanOut> fanOut) {
        this.fanOut = fanOut;
    }

    void started(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${yibao.alerts.outbox.retry-interval}", delayed = "${yibao.alerts.outbox.retry-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retry() {
        if (!started) {
            return Uni.createFrom().voidItem();
        }
        return fanOut.get().retryUnconfirmed()
                .onFailure().invoke(e -> LOG.debugf("Outbox retry skipped: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
