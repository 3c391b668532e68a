package cn.yibao.guard.rules.engine;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.yibao.guard.catalog.CatalogItem;

/**
 * An order line (医嘱明细) as the engine sees it: a draft line being checked, or an earlier line of the stay
 * that still counts (not withdrawn).
 *
 * @param item        the catalogue item the line resolved to; {@code null} when it could not be matched
 * @param itemCode    the national code, as sent or as mapped; may be {@code null} for unmatched lines
 * @param genericName the generic name, as sent or from the catalogue
 * @param quantity    the quantity charged (数量) for the whole line
 * @param days        days the line covers; a line of several days spreads its quantity evenly over them
 */
public record OrderLine(String lineId, CatalogItem item, String itemCode, String genericName, String name,
        BigDecimal quantity, BigDecimal unitPrice, String frequency, Integer days, String doctorCode,
        boolean longTerm, OffsetDateTime orderedAt) {

    public boolean matched() {
        return item != null;
    }
}
