package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Verdict;
import cn.yibao.guard.stay.EncounterType;

/**
 * Fired (CDI event) after a check has been durably recorded, so that other features (alerts) can follow it.
 * Observers run on the event loop: they must not block, and their failures never reach the check.
 *
 * @param answered what HIS was answered (may be UNCHECKED when the deadline passed first)
 * @param lines    the check's draft lines, in request order
 */
public record CheckRecorded(UUID checkId, String encounterId, EncounterType encounterType, String patientId,
        String department, String ward, Verdict verdict, Verdict answered, List<Line> lines, List<RuleHit> hits,
        OffsetDateTime recordedAt) {

    /** A draft line as alerts need it: who ordered what. */
    public record Line(String lineId, String itemCode, String name, String doctorCode) {
    }
}
