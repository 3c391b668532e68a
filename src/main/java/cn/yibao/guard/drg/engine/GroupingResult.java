package cn.yibao.guard.drg.engine;

import java.util.List;

/**
 * The outcome of grouping one case.
 *
 * @param mdc    e.g. {@code MDCG}; {@code null} unless grouped
 * @param adrg   e.g. {@code GZ1}; {@code null} unless grouped
 * @param drg    e.g. {@code GZ13}; {@value #NOT_GROUPED} unless grouped
 * @param reason why the case is invalid or ungroupable; {@code null} when grouped
 * @param trace  the decisions in plain language; empty when grouped without a trace
 */
public record GroupingResult(String id, GroupingStatus status, String mdc, String adrg, String drg, String reason,
        List<String> trace) {

    public static final String NOT_GROUPED = "0000";

    public GroupingResult {
        trace = trace == null ? List.of() : trace;
    }

    static GroupingResult grouped(String id, String mdc, String adrg, String drg, Trace trace) {
        return new GroupingResult(id, GroupingStatus.GROUPED, mdc, adrg, drg, null, trace.steps());
    }

    static GroupingResult notGrouped(String id, GroupingStatus status, String reason, Trace trace) {
        return new GroupingResult(id, status, null, null, NOT_GROUPED, reason, trace.steps());
    }
}
