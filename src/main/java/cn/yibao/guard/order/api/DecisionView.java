package cn.yibao.guard.order.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A recorded decision: who decided what on which lines, and when. */
public record DecisionView(long id, UUID checkId, String encounterId, List<String> lineIds, DecisionOutcome outcome,
        String reasonCode, String comment, String decidedBy, String doctorCode, OffsetDateTime decidedAt) {
}
