package cn.yibao.guard.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
            BigDecimal quantity, BigDecimal unitPrice, String frequency, Integer days,
            String doctorCode, boolean longTerm, OffsetDateTime orderedAt) {
        CatalogItem item = catalog.resolve(itemCode, hisCode, genericName).orElse(null);
        return line(lineId, item, itemCode, genericName, name, quantity, unitPrice, frequency, days, doctorCode,
                longTerm, orderedAt);
    }

    /**
     * The stay's active lines: those the database sent, resolved through this snapshot, or, when it sent none
     * because they had not changed, the entry the check holds.
     * <p>
     * A line keeps the content of its first recording, so a line the kept entry already holds is taken from it
     * rather than resolved again; the rows just decoded for it die young. Values many lines share (times of one
     * order, quantities, prices, frequencies) are kept once per stay. Both matter because kept stays live in the
     * old generation: what a cache entry brings in is copied by the collector, and the less of it the shorter the
     * pauses every check waits behind.
     */
    StayLines stayLines(StayHistory stay, StayLines kept) {
        StayHistory.StoredLines stored = stay.lines();
        if (stored == null) {
            return kept;
        }
        Map<String, OrderLine> known = kept == null ? Map.of() : kept.byLineId();
        Map<Object, Object> shared = new HashMap<>();
        List<OrderLine> lines = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            OrderLine same = known.get(stored.lineIds()[i]);
            lines.add(same != null ? same : storedLine(stored, i, shared));
        }
        return StayLines.read(catalog.version(), stay.lineCount(), stay.fingerprint(), lines);
    }

    private OrderLine storedLine(StayHistory.StoredLines stored, int i, Map<Object, Object> shared) {
        Boolean longTerm = stored.longTerms()[i];
        return resolveStored(stored.lineIds()[i], stored.itemCodes()[i], stored.hisCodes()[i],
                once(shared, stored.genericNames()[i]), null, once(shared, stored.quantities()[i]),
                once(shared, stored.unitPrices()[i]), once(shared, stored.frequencies()[i]), stored.days()[i], null,
                longTerm != null && longTerm, once(shared, stored.orderedAt()[i]));
    }

    /** The first of the equal values seen in this stay (equal, scale and offset included, so nothing changes). */
    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /**
     * A line this check recorded, as a later check will see it among the stay's lines: without name or doctor,
     * its time as PostgreSQL keeps it (UTC, microseconds).
     */
    OrderLine asRecorded(OrderLineRequest l) {
        OffsetDateTime at = l.orderedAt() == null ? null
                : l.orderedAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return resolveStored(l.lineId(), l.itemCode(), l.hisCode(), l.genericName(), null, l.quantity(),
                l.unitPrice(), l.frequency(), l.days(), null, l.isLongTerm(), at);
    }

    /**
     * The stay's earlier lines for a check: its active lines except those carrying one of the check's own line
     * ids (a retried line never counts against itself), then the lines the caller sent along that are not
     * among them.
     */
    List<OrderLine> history(StayLines stay, Set<String> ownLineIds, List<OrderLineRequest> sentAlong) {
        List<OrderLine> stored = stay.lines();
        List<OrderLine> lines = null;
        for (int i = 0; i < stored.size(); i++) {
            OrderLine line = stored.get(i);
            if (ownLineIds.contains(line.lineId())) {
                if (lines == null) {
                    lines = new ArrayList<>(stored.subList(0, i));
                }
            } else if (lines != null) {
                lines.add(line);
            }
        }
        if (sentAlong.isEmpty()) {
            return lines == null ? stored : lines;
        }
        lines = lines == null ? new ArrayList<>(stored) : lines;
        Set<String> seen = new HashSet<>(ownLineIds);
        for (OrderLine line : stored) {
            seen.add(line.lineId());
        }
        for (OrderLineRequest l : sentAlong) {
            if (seen.add(l.lineId())) {
                lines.add(resolve(l));
            }
        }
        return lines;
    }

    private static OrderLine line(String lineId, CatalogItem item, String itemCode, String genericName, String name,
            BigDecimal quantity, BigDecimal unitPrice, String frequency, Integer days,
            String doctorCode, boolean longTerm, OffsetDateTime orderedAt) {
        if (item == null) {
            return new OrderLine(lineId, null, itemCode, genericName, name, quantity, unitPrice, frequency, days,
                    doctorCode, longTerm, orderedAt);
        }
        return new OrderLine(lineId, item, item.code(), genericName != null ? genericName : item.genericName(),
                name != null ? name : item.name(), quantity, unitPrice, frequency, days, doctorCode, longTerm,
                orderedAt);
    }
}
