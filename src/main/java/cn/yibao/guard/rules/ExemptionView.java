package cn.yibao.guard.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A waiver as the API shows it.
 *
 * @param active whether it waives the rule today: not revoked and within its validity period
 */
public record ExemptionView(long id, String ruleId, String patientId, String department, String reason,
        String reference, LocalDate validFrom, LocalDate validUntil, boolean active, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime revokedAt, String revokedBy, String revokeReason) {

    static ExemptionView of(ExemptionRecord r, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        boolean active = r.revokedAt == null && (r.validFrom == null || !today.isBefore(r.validFrom))
                && (r.validUntil == null || !today.isAfter(r.validUntil));
        return new ExemptionView(r.id, r.ruleId, r.patientId, r.department, r.reason, r.reference, r.validFrom,
                r.validUntil, active, local(r.createdAt, zone), r.createdBy, local(r.revokedAt, zone), r.revokedBy,
                r.revokeReason);
    }

    private static OffsetDateTime local(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
