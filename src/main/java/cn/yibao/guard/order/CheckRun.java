package cn.yibao.guard.order;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race between a check's work and its deadline: whichever settles first answers the caller. The loser
 * learns it lost, so late work can record that the caller was told UNCHECKED.
 */
final class CheckRun {

    private static final int PENDING = 0;
    private static final int ANSWERED = 1;
    private static final int EXPIRED = 2;

    private final AtomicInteger state = new AtomicInteger(PENDING);

    /** The work finished in time; true if it may answer. */
    boolean answer() {
        return state.compareAndSet(PENDING, ANSWERED);
    }

    /** The deadline passed; true if the caller is to be answered UNCHECKED. */
    boolean expire() {
        return state.compareAndSet(PENDING, EXPIRED);
    }

    boolean expired() {
        return state.get() == EXPIRED;
    }
}
