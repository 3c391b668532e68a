package cn.yibao.guard.order.bench;

import java.sql.Connection;

/**
 * One part of the benchmark's synthetic hospital, loaded before the runs. Found through ServiceLoader
 * ({@code META-INF/services/cn.yibao.guard.order.bench.BenchFixture}) so that each feature loads its own data
 * its own way: the order check loads encounters and their earlier orders; the catalogue and the rule engine
 * register fixtures that load {@link SyntheticHospital#catalogue()} and the benchmark's rules.
 */
public interface BenchFixture {

    /** Short name printed in the setup log, e.g. {@code stays}. */
    String name();

    /** Loads the data (idempotent: a second load replaces the first) and returns a one-line summary. */
    String load(SyntheticHospital hospital, Connection db, BenchOptions options) throws Exception;
}
