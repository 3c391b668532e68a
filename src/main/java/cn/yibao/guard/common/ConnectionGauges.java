package cn.yibao.guard.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Leaves the database client's per-connection gauges out of the exported metrics. Vert.x creates client metrics
 * for every connection of the reactive pool (there is one pool), and each registers the same
 * {@code postgresql.queue.size} and {@code postgresql.current} gauges: Micrometer refuses every registration after
 * the first (the "This Gauge has been already registered" warning when the second connection opens), so the gauges
 * report one arbitrary connection out of sixteen. The pool's own metrics ({@code sql_pool_*}: queue size and delay,
 * active, idle, usage) describe all connections; the client's timers and counters
 * ({@code postgresql_processing_seconds}, {@code postgresql_completed_total}) add up across connections and stay.
 */
@Singleton
public class ConnectionGauges {

    @Produces
    @Singleton
    MeterFilter withoutPerConnectionGauges() {
        return MeterFilter.deny(id -> id.getType() == Meter.Type.GAUGE && "sql".equals(id.getTag("clientType")));
    }
}
