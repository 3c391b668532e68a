package cn.yibao.guard.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.Severity;

/**
 * An alert (提醒) as stations and REST see it: the contract's record plus the check, item, window and
 * {@code revision} (raised on every change, so that a station can ignore an update older than what it shows).
 */
public record Alert(long id, UUID checkId, String encounterId, String patientId, String department, String ward,
        String doctorCode, Severity severity, RuleAction action, String judgement, String ruleId, int ruleVersion,
        String template, String message, List<String> lineIds, List<String> withdrawnLineIds, String itemCode,
        String window, Map<String, Object> evidence, String source, OffsetDateTime createdAt,
        OffsetDateTime lastSeenAt, OffsetDateTime updatedAt, AlertState state, int count, int revision) {

    public boolean critical() {
        return severity == Severity.CRITICAL;
    }
}
