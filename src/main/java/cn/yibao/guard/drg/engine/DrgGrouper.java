package cn.yibao.guard.drg.engine;

import java.util.List;
import java.util.Optional;

/**
 * Groups cases with one {@link DrgScheme}: validation, then the MDCs in the scheme's order (MDCA, MDCP,
 * MDCY, MDCZ, the sex-specific MDCs, the others), inside the MDC the ADRGs by procedure before the medical
 * ones, and finally the DRG by the severity of the secondary diagnoses. Thread-safe; holds no state per case.
 */
public final class DrgGrouper {

    private final DrgScheme scheme;
    private final CaseValidator validator;

    public DrgGrouper(DrgScheme scheme) {
        this.scheme = scheme;
        this.validator = new CaseValidator(scheme);
    }

    public DrgScheme scheme() {
        return scheme;
    }

    /** Groups without recording the decisions: the fast path for batches. */
    public GroupingResult group(GroupingCase c) {
        return group(c, Trace.OFF);
    }

    /** Groups and records every decision in plain language. */
    public GroupingResult explain(GroupingCase c) {
        return group(c, Trace.on());
    }

    public GroupingResult group(GroupingCase input, Trace trace) {
        EncodedCase c = scheme.encode(input);
        Optional<String> invalid = validator.check(c);
        if (invalid.isPresent()) {
            trace.add("invalid: " + invalid.get());
            return GroupingResult.notGrouped(input.id(), GroupingStatus.INVALID, invalid.get(), trace);
        }
        for (Mdc mdc : scheme.mdcs()) {
            if (!enters(mdc, c, trace)) {
                continue;
            }
            GroupingResult result = groupInside(mdc, c, trace);
            if (result != null) {
                return result;
            }
            if (trace.enabled()) {
                trace.add("no ADRG of " + mdc.code() + " fits; trying the next MDC");
            }
        }
        String reason = "the case fits no MDC and ADRG of " + scheme.name();
        trace.add(reason);
        return GroupingResult.notGrouped(input.id(), GroupingStatus.UNGROUPABLE, reason, trace);
    }

    private static boolean enters(Mdc mdc, EncodedCase c, Trace trace) {
        if (mdc.entry().test(c)) {
            if (trace.enabled()) {
                mdc.entry().explain(c, trace);
                trace.add("the case enters " + mdc.code() + " " + mdc.name());
            }
            return true;
        }
        if (trace.enabled() && mdc.table().contains(c.principalDiagnosis())) {
            trace.add("principal diagnosis " + c.diagnosisCode(0) + " is in " + mdc.table().label() + ", but "
                    + mdc.code() + " also requires " + Rules.unmet(mdc.entry(), c));
        }
        return false;
    }

    /** Procedure ADRGs first, then the ambiguous group if the scheme has one, medical ADRGs, the residual. */
    private GroupingResult groupInside(Mdc mdc, EncodedCase c, Trace trace) {
        GroupingResult result = firstFitting(mdc, mdc.procedureAdrgs(), c, trace);
        if (result == null && mdc.ambiguousDrg() != null && hasOperatingRoomProcedure(c)) {
            return ambiguous(mdc, c, trace);
        }
        if (result == null) {
            result = firstFitting(mdc, mdc.medicalAdrgs(), c, trace);
        }
        if (result == null && mdc.residual() != null) {
            result = assign(mdc, mdc.residual(), c, trace, "fits no other ADRG of " + mdc.code() + "; it goes to ");
        }
        return result;
    }

    private GroupingResult firstFitting(Mdc mdc, List<Adrg> adrgs, EncodedCase c, Trace trace) {
        for (Adrg adrg : adrgs) {
            if (adrg.rule().test(c)) {
                if (trace.enabled()) {
                    adrg.rule().explain(c, trace);
                }
                return assign(mdc, adrg, c, trace, "meets the clauses of ");
            }
        }
        return null;
    }

    private GroupingResult assign(Mdc mdc, Adrg adrg, EncodedCase c, Trace trace, String how) {
        if (trace.enabled()) {
            trace.add("the case " + how + adrg.code() + " " + adrg.name());
        }
        Severity severity = adrg.split().needsSeverity() ? scheme.complications().assess(c, trace) : Severity.NONE;
        String drg = adrg.code() + adrg.split().suffix(severity);
        if (trace.enabled()) {
            trace.add(describeSplit(adrg, severity) + ": " + drg + " " + scheme.drgNames().getOrDefault(drg, ""));
        }
        return GroupingResult.grouped(c.source.id(), mdc.code(), adrg.code(), drg, trace);
    }

    private static String describeSplit(Adrg adrg, Severity severity) {
        if (!adrg.split().needsSeverity()) {
            return adrg.code() + " is not split by complications";
        }
        return switch (severity) {
            case MCC -> "with a major complication or comorbidity (MCC)";
            case CC -> "with a complication or comorbidity (CC)";
            case NONE -> "without complication or comorbidity";
        };
    }

    /** 歧义组: an operating-room procedure that none of the MDC's procedure ADRGs takes. */
    private GroupingResult ambiguous(Mdc mdc, EncodedCase c, Trace trace) {
        if (trace.enabled()) {
            int index = Rules.firstIn(c.procedures, scheme.operatingRoom());
            trace.add("operating-room procedure " + c.procedureCode(index) + " fits no surgical ADRG of "
                    + mdc.code() + ": ambiguous group (歧义组) " + mdc.ambiguousDrg());
        }
        return GroupingResult.grouped(c.source.id(), mdc.code(), mdc.ambiguousDrg(), mdc.ambiguousDrg(), trace);
    }

    private boolean hasOperatingRoomProcedure(EncodedCase c) {
        return Rules.firstIn(c.procedures, scheme.operatingRoom()) >= 0;
    }
}
