package cn.yibao.guard.order;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Open stays' earlier lines, kept resolved between checks, so that a check reads the stay's fingerprint rather
 * than its 200 or more lines, and does not decode and resolve them again.
 * <p>
 * The cache is only ever a hint: every check reads the stay's current count and fingerprint in its one read, and
 * whenever they differ from the entry (a line written or withdrawn by another instance, by a concurrent check, or
 * never seen here) the database sends the ids of the active lines, and the rows of those the entry lacks.
 * Bounded by {@code yibao.check.stay-cache.max-lines}; stays not checked for
 * {@code yibao.check.stay-cache.expire-after-access} (discharged ones) are dropped. A maximum of 0 turns the cache
 * off: every check then reads its stay's lines.
 */
@ApplicationScoped
public class StayLinesCache {

    private final Cache<String, StayLines> entries;
    private final boolean enabled;

    public StayLinesCache(@ConfigProperty(name = "yibao.check.stay-cache.max-lines") long maxLines,
            @ConfigProperty(name = "yibao.check.stay-cache.expire-after-access") Duration expireAfterAccess,
            MeterRegistry registry) {
        this.enabled = maxLines > 0;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxLines))
                .weigher((String encounter, StayLines lines) -> lines.weight())
                .expireAfterAccess(expireAfterAccess)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, "yibao_stay_lines");
    }

    /** The entry kept for the encounter, if it was resolved through this catalogue version; otherwise null. */
    StayLines find(String encounterId, long catalogVersion) {
        if (!enabled) {
            return null;
        }
        StayLines lines = entries.getIfPresent(encounterId);
        return lines != null && lines.catalogVersion() == catalogVersion ? lines : null;
    }

    /** Keeps what a check read or wrote; the next check validates it against the database before using it. */
    void keep(String encounterId, StayLines lines) {
        if (enabled) {
            entries.put(encounterId, lines);
        }
    }

    /** Forgets every stay (tests; a catalogue change does not need it, entries carry their version). */
    void clear() {
        entries.invalidateAll();
    }
}
