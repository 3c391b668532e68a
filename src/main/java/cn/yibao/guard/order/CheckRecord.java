package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.yibao.guard.order.api.EncounterRequest;
import cn.yibao.guard.rules.engine.Verdict;

/**
 * Everything one check writes: the encounter as sent, the check, its lines (draft lines and, from the national
 * 3101 shape, earlier lines HIS sent along) and its hits already rendered as JSON.
 */
public record CheckRecord(UUID checkId, EncounterRequest encounter, String[] diagnoses, String channel,
        String requestedBy, List<String> lineIds, List<String> unmatched, Verdict verdict, Verdict answered,
        int hitCount, int historyCount, long catalogVersion, int ruleCount, OffsetDateTime checkedAt,
        List<LineRecord> lines, String hitsJson) {
}
