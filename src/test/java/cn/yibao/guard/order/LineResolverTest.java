package cn.yibao.guard.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.catalog.Catalog;
import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.rules.engine.OrderLine;

/** Stored lines re-read for a stay the check already holds keep the lines it held, with their values intact. */
class LineResolverTest {

    private static final CatalogItem ITEM = new CatalogItem("X01", "阿莫西林胶囊", ItemKind.DRUG, PaymentClass.A,
            BigDecimal.ZERO, null, "阿莫西林", null, null, null, null);

    private final LineResolver resolver = new LineResolver(new Catalog(7, List.of(ITEM), Map.of("H01", "X01")));

    @Test
    void aReReadKeepsTheLinesTheEntryAlreadyHeld() {
        StayLines kept = resolver.stayLines(stay(2, "O-1", "O-2"), null);

        StayLines reread = resolver.stayLines(stay(3, "O-1", "O-2", "O-3"), kept);

        assertThat(reread.lines()).extracting(OrderLine::lineId).containsExactly("O-1", "O-2", "O-3");
        assertThat(reread.lines().get(0)).isSameAs(kept.lines().get(0));
        assertThat(reread.lines().get(1)).isSameAs(kept.lines().get(1));
        assertThat(reread.count()).isEqualTo(3);
    }

    @Test
    void aLineGoneFromTheDatabaseIsGoneFromTheReRead() {
        StayLines kept = resolver.stayLines(stay(2, "O-1", "O-2"), null);

        StayLines reread = resolver.stayLines(stay(1, "O-2"), kept);

        assertThat(reread.lines()).extracting(OrderLine::lineId).containsExactly("O-2");
    }

    @Test
    void equalValuesAreSharedButScalesAndItemsStayAsStored() {
        StayLines lines = resolver.stayLines(stay(3, "O-1", "O-2", "O-3"), null);

        OrderLine first = lines.lines().get(0);
        OrderLine second = lines.lines().get(1);
        assertThat(second.orderedAt()).isSameAs(first.orderedAt());
        assertThat(first.quantity()).isEqualByComparingTo("6").extracting(BigDecimal::scale).isEqualTo(0);
        assertThat(lines.lines().get(2).quantity()).isEqualTo(new BigDecimal("6.0"));
        assertThat(lines.lines()).allSatisfy(line -> assertThat(line.item()).isSameAs(ITEM));
    }

    /** A stay read from the database: O-1 and O-2 quantity 6, O-3 quantity 6.0, all ordered the same morning. */
    private static StayHistory stay(long count, String... lineIds) {
        int n = lineIds.length;
        String[] codes = new String[n];
        String[] none = new String[n];
        BigDecimal[] quantities = new BigDecimal[n];
        BigDecimal[] prices = new BigDecimal[n];
        Integer[] days = new Integer[n];
        Boolean[] longTerms = new Boolean[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            codes[i] = "X01";
            quantities[i] = new BigDecimal(lineIds[i].equals("O-3") ? "6.0" : "6");
            prices[i] = new BigDecimal("1.50");
            longTerms[i] = Boolean.FALSE;
            at[i] = OffsetDateTime.parse("2026-11-20T08:00:00Z");
        }
        StayHistory.StoredLines stored = new StayHistory.StoredLines(lineIds, codes, none, none, quantities, prices,
                none, days, longTerms, at);
        return new StayHistory(true, "CARD", List.of(), count, count * 31, stored);
    }
}
