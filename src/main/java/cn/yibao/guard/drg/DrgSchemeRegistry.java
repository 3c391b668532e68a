package cn.yibao.guard.drg;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.DrgScheme;
import cn.yibao.guard.drg.scheme.SchemeArchive;
import io.smallrye.mutiny.Uni;

/**
 * The schemes this replica has compiled, by name, several at once. A scheme is compiled from its stored
 * archive on first use; every {@code yibao.drg.scheme-refresh} the registry asks the database for the latest
 * version, so that a version imported through another replica is picked up.
 */
@ApplicationScoped
public class DrgSchemeRegistry {

    /** A compiled version of a scheme, ready to group. */
    public record LoadedScheme(String name, int version, DrgGrouper grouper) {
    }

    private static final class Entry {
        final int version;
        final Uni<LoadedScheme> loaded;
        volatile long checkedAt = System.nanoTime();

        Entry(int version, Uni<LoadedScheme> loaded) {
            this.version = version;
            this.loaded = loaded;
        }
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final DrgSchemeService schemes;
    private final long refreshNanos;

    public DrgSchemeRegistry(DrgSchemeService schemes,
            @ConfigProperty(name = "yibao.drg.scheme-refresh") Duration refresh) {
        this.schemes = schemes;
        this.refreshNanos = refresh.toNanos();
    }

    /** The latest version of scheme {@code name}; a problem naming the field {@code scheme} if there is none. */
    public Uni<LoadedScheme> get(String name) {
        Entry entry = entries.get(name);
        if (entry != null && System.nanoTime() - entry.checkedAt < refreshNanos) {
            return entry.loaded;
        }
        return schemes.latestVersion(name).flatMap(version -> {
            if (version == null) {
                return Uni.createFrom().failure(ProblemException.invalidField("scheme", "no scheme named '" + name
                        + "' has been imported (GET /api/v1/drg/schemes lists them)"));
            }
            Entry current = entries.get(name);
            if (current != null && current.version == version) {
                current.checkedAt = System.nanoTime();
                return current.loaded;
            }
            return load(name, version).loaded;
        });
    }

    /** Makes a scheme just imported the one in use, without reading it back. */
    public void put(String name, int version, DrgScheme scheme) {
        LoadedScheme loaded = new LoadedScheme(name, version, new DrgGrouper(scheme));
        entries.put(name, new Entry(version, Uni.createFrom().item(loaded)));
    }

    private Entry load(String name, int version) {
        Entry[] self = new Entry[1];
        Uni<LoadedScheme> compiled = schemes.latest(name).flatMap(stored -> OffEventLoop.compute(
                () -> new LoadedScheme(name, stored.version,
                        new DrgGrouper(SchemeArchive.compile(name, stored.archive)))));
        // a failed load is forgotten, so that the next request tries again
        self[0] = new Entry(version, compiled.onFailure().invoke(() -> entries.remove(name, self[0]))
                .memoize().indefinitely());
        entries.put(name, self[0]);
        return self[0];
    }
}
