package cn.yibao.guard.rules;

import java.time.OffsetDateTime;

import cn.yibao.guard.rules.engine.CheckInput;
import io.smallrye.mutiny.Multi;

/**
 * The orders already checked and stored, replayed for a dry run of rules not yet enabled
 * ({@code POST /api/v1/rules/batches/{type}/dry-run}). The order feature implements it over its persisted
 * checks; without it, {@link NoStoredChecks} answers with none.
 * <p>
 * Each item is one stored check as the engine saw it: the encounter as it was, the order's lines (the drafts
 * then), and the stay's lines that counted at that moment (earlier, not withdrawn then) as history. Items come
 * oldest first; the stream stops at {@link Query#limit()}.
 */
public interface StoredChecks {

    /**
     * Which stored checks to replay.
     *
     * @param from       earliest check time, inclusive; {@code null} for no bound
     * @param to         latest check time, exclusive; {@code null} for no bound
     * @param department only encounters of this department; {@code null} for all
     * @param limit      at most this many checks
     */
    record Query(OffsetDateTime from, OffsetDateTime to, String department, int limit) {
    }

    Multi<CheckInput> checks(Query query);

    /** Whether orders are stored at all; {@code false} when no feature stores them. */
    default boolean available() {
        return true;
    }
}
