package cn.yibao.guard.alert.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The order checks the benchmark submits: one line of an item the encounter may not bill (with the demo
 * catalogue and rules, an outpatient-only item for an inpatient: one WARNING hit of {@code demo-visit-type}),
 * ordered by the target doctor for a new inpatient encounter in the target ward. A new encounter per check
 * keeps deduplication (same rule, stay and item) from folding repeats into a count.
 */
final class AlertOrders {

    private final String itemCode;
    private final int hospitalLevel;
    private final String orderedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    AlertOrders(String itemCode, int hospitalLevel) {
        this.itemCode = itemCode;
        this.hospitalLevel = hospitalLevel;
    }

    /** The encounter id of check n of a run (the run tag keeps runs and benchmark invocations apart). */
    static String encounterId(String runTag, long n) {
        return StationPlan.PREFIX + runTag + "-" + n;
    }

    String body(String encounterId, Station doctor, Station ward) {
        return "{\"encounter\":{\"id\":\"" + encounterId + "\",\"type\":\"INPATIENT\",\"department\":\""
                + doctor.department() + "\",\"ward\":\"" + ward.code() + "\",\"admittedAt\":\"" + orderedAt
                + "\",\"insuranceType\":\"EMPLOYEE\",\"hospitalLevel\":" + hospitalLevel
                + ",\"patient\":{\"id\":\"P" + encounterId + "\",\"sex\":1,\"birthDate\":\"1961-03-09\"},"
                + "\"diagnoses\":[{\"code\":\"I50.900\",\"principal\":true}]},"
                + "\"orders\":[{\"lineId\":\"" + encounterId + "-1\",\"itemCode\":\"" + itemCode
                + "\",\"name\":\"压测医嘱\",\"quantity\":1,\"unitPrice\":1.00,\"frequency\":\"qd\",\"days\":1,"
                + "\"doctorCode\":\"" + doctor.code() + "\",\"longTerm\":false,\"orderedAt\":\"" + orderedAt
                + "\"}]}";
    }

    /**
     * Whether the check's alert can still be expected: an answer listing a hit, or UNCHECKED (the check missed its
     * deadline for HIS but is still evaluated and recorded, and its hits raise alerts). Only a PASS, or no
     * answer, rules the alert out.
     */
    static boolean alertExpected(String answer) {
        int at = answer.indexOf("\"hits\":[");
        return at >= 0 && answer.charAt(at + 8) != ']' || "UNCHECKED".equals(verdict(answer));
    }

    static String verdict(String answer) {
        int at = answer.indexOf("\"verdict\":\"");
        if (at < 0) {
            return "?";
        }
        int from = at + 11;
        int to = answer.indexOf('"', from);
        return to < 0 ? "?" : answer.substring(from, to);
    }
}
