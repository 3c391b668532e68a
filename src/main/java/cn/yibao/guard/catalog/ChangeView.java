package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;

/**
 * One entry of the catalogue's change log.
 *
 * @param version   the catalogue version this change produced
 * @param operation e.g. ITEMS-UPSERT, ITEMS-REPLACE, ITEM-UPDATE, ITEM-DELETE, CODE-MAP-UPSERT, CODE-MAP-DELETE
 * @param itemCount how many items or code-map entries it inserted, updated or removed
 */
public record ChangeView(long version, String operation, String detail, int itemCount, String changedBy,
        OffsetDateTime changedAt) {
}
