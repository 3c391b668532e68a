package cn.yibao.guard.order;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.yibao.guard.catalog.Catalog;
import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.rules.engine.OrderLine;

/** Turns request lines and stored history into the engine's order lines, resolved through one catalogue snapshot. */
final class LineResolver {

    private final Catalog catalog;

    LineResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A line as sent, with the item it names (null when the catalogue cannot tell). */
    OrderLine resolve(OrderLineRequest l) {
        CatalogItem item = catalog.resolve(l.itemCode(), l.hisCode(), l.genericName()).orElse(null);
        return line(l.lineId(), item, l.itemCode(), l.genericName(), l.name(), l.quantity(), l.unitPrice(),
                l.frequency(), l.days(), l.doctorCode(), l.isLongTerm(), l.orderedAt());
    }

    /** A line as it was stored, resolved through this snapshot. */
    OrderLine resolveStored(String lineId, String itemCode, String hisCode, String genericName, String name,
            java.math.BigDecimal quantity, java.math.BigDecimal unitPrice, String frequency, Integer days,
            String doctorCode, boolean longTerm, java.time.OffsetDateTime orderedAt) {
        CatalogItem item = catalog.resolve(itemCode, hisCode, genericName).orElse(null);
        return line(lineId, item, itemCode, genericName, name, quantity, unitPrice, frequency, days, doctorCode,
                longTerm, orderedAt);
    }

    /**
     * The stay's earlier lines: those stored, then those the caller sent along that are not stored yet
     * (their ids are not among the stored ones).
     */
    List<OrderLine> history(StayHistory stay, List<OrderLineRequest> sentAlong) {
        List<OrderLine> lines = new ArrayList<>(stay.size() + sentAlong.size());
        for (int i = 0; i < stay.size(); i++) {
            CatalogItem item = catalog.resolve(stay.itemCodes()[i], stay.hisCodes()[i], stay.genericNames()[i])
                    .orElse(null);
            Boolean longTerm = stay.longTerms()[i];
            lines.add(line(stay.lineIds()[i], item, stay.itemCodes()[i], stay.genericNames()[i], null,
                    stay.quantities()[i], stay.unitPrices()[i], stay.frequencies()[i], stay.days()[i], null,
                    longTerm != null && longTerm, stay.orderedAt()[i]));
        }
        if (!sentAlong.isEmpty()) {
            Set<String> stored = new HashSet<>(List.of(stay.lineIds()));
            for (OrderLineRequest l : sentAlong) {
                if (stored.add(l.lineId())) {
                    lines.add(resolve(l));
                }
            }
        }
        return lines;
    }

    private static OrderLine line(String lineId, CatalogItem item, String itemCode, String genericName, String name,
            java.math.BigDecimal quantity, java.math.BigDecimal unitPrice, String frequency, Integer days,
            String doctorCode, boolean longTerm, java.time.OffsetDateTime orderedAt) {
        if (item == null) {
            return new OrderLine(lineId, null, itemCode, genericName, name, quantity, unitPrice, frequency, days,
                    doctorCode, longTerm, orderedAt);
        }
        return new OrderLine(lineId, item, item.code(), genericName != null ? genericName : item.genericName(),
                name != null ? name : item.name(), quantity, unitPrice, frequency, days, doctorCode, longTerm,
                orderedAt);
    }
}
