package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Fired (CDI event) after order lines were withdrawn (撤销/停嘱, or cancelled at signing) and the withdrawal
 * committed. Observers must not block; their failures never reach the caller.
 *
 * @param how {@code WITHDRAWN} or the decision outcome that withdrew them ({@code CANCELLED})
 */
public record LinesWithdrawn(String encounterId, List<String> lineIds, String how, String by,
        OffsetDateTime at) {
}
