package cn.yibao.guard.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Holds the current catalogue snapshot of this instance and keeps it current: loaded at startup, reloaded after
 * every write made here, and reloaded when a poll of the version number shows that another instance wrote.
 * A snapshot only ever replaces an older one, so concurrent reloads cannot install a stale catalogue.
 */
@ApplicationScoped
public class CatalogSnapshots {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    /** The snapshot and when this instance installed it. */
    public record Current(Catalog catalog, Instant loadedAt) {
    }

    private final AtomicReference<Current> current = new AtomicReference<>(new Current(Catalog.EMPTY, null));
    private final AtomicBoolean polling = new AtomicBoolean();
    private final CatalogStore store;
    private final Vertx vertx;
    private final Duration pollInterval;
    private volatile long timer = -1;

    public CatalogSnapshots(CatalogStore store, Vertx vertx,
            @ConfigProperty(name = "yibao.catalog.poll-interval", defaultValue = "5s") Duration pollInterval) {
        this.store = store;
        this.vertx = vertx;
        this.pollInterval = pollInterval;
    }

    /** Loads the catalogue before the service takes requests (after Flyway, before demo seeding matters). */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        try {
            long started = System.nanoTime();
            Catalog catalog = install(store.load().await().atMost(STARTUP_TIMEOUT));
            LOG.infof("Catalogue version %d loaded: %d items in %d ms", catalog.version(), catalog.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the poller keeps trying; until then the order check sees an empty catalogue (every line unmatched)
            LOG.errorf(e, "Cannot load the catalogue at startup; retrying every %s", pollInterval);
        }
        if (!pollInterval.isZero() && !pollInterval.isNegative()) {
            timer = vertx.setPeriodic(pollInterval.toMillis(), id -> poll());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    public Catalog catalog() {
        return current.get().catalog();
    }

    public Current current() {
        return current.get();
    }

    /** Loads the database's catalogue and installs it unless a newer one is installed already. */
    public Uni<Catalog> reload() {
        return store.load().map(this::install);
    }

    /** Reloads only when the database holds a newer version than this instance's snapshot. */
    public Uni<Catalog> refresh() {
        return store.version().flatMap(version -> version > catalog().version() ? reload()
                : Uni.createFrom().item(catalog()));
    }

    Catalog install(Catalog loaded) {
        Current installed = current.updateAndGet(old -> loaded.version() > old.catalog().version()
                || old.loadedAt() == null ? new Current(loaded, Instant.now()) : old);
        return installed.catalog();
    }

    /** One poll at a time; a poll that finds a newer version reloads. */
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        long before = catalog().version();
        long started = System.nanoTime();
        refresh().subscribe().with(catalog -> {
            polling.set(false);
            if (catalog.version() != before) {
                LOG.infof("Catalogue version %d loaded after a change elsewhere: %d items in %d ms",
                        catalog.version(), catalog.size(), (System.nanoTime() - started) / 1_000_000);
            }
        }, failure -> {
            polling.set(false);
            LOG.warnf("Catalogue version poll failed: %s", failure.getMessage());
        });
    }
}
