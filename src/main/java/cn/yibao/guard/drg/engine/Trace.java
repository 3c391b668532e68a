package cn.yibao.guard.drg.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-language steps of one grouping, in the order they were decided, so that a hospital can show
 * which rule put a stay in its group (and appeal with it). Grouping without a trace uses {@link #OFF},
 * which records nothing and costs nothing.
 */
public sealed class Trace permits Trace.Off {

    public static final Trace OFF = new Off();

    private final List<String> steps = new ArrayList<>();

    public static Trace on() {
        return new Trace();
    }

    /** Whether steps are recorded; callers test this before building a message. */
    public boolean enabled() {
        return true;
    }

    public void add(String step) {
        steps.add(step);
    }

    public List<String> steps() {
        return List.copyOf(steps);
    }

    static final class Off extends Trace {

        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void add(String step) {
            // nothing is recorded
        }

        @Override
        public List<String> steps() {
            return List.of();
        }
    }
}
