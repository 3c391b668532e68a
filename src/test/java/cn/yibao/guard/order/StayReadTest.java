package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What the database sends for a stay whose kept entry went stale: the ids of the lines the entry holds (their
 * content never changes) and the rows of the others, and the whole stay again when a line it was about to bring
 * was withdrawn in between.
 */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class StayReadTest {

    @Inject
    OrderCheckRepository repository;

    @Inject
    StayLinesCache cache;

    @Inject
    CatalogService catalogs;

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    @Test
    void aStaleEntryGetsTheIdsOfTheLinesItHoldsAndTheRowsOfTheLinesItLacks() {
        String id = stayOf("O-1", "O-2");
        StayLines kept = cache.find(id, catalogs.snapshot().version());
        assertThat(kept).isNotNull();
        copyLine(id, "O-1", "O-X");
        Db.execute("UPDATE order_line SET status = 'WITHDRAWN' WHERE encounter_id = ? AND line_id = 'O-1'", id);

        StayHistory stay = repository.loadStay(id, kept).await().indefinitely();

        Map<String, String> itemCodes = itemCodesByLineId(stay.lines());
        assertThat(itemCodes).containsOnlyKeys("O-2", "O-X");
        assertThat(itemCodes.get("O-2")).as("held by the entry: id only").isNull();
        assertThat(itemCodes.get("O-X")).as("not held: the whole row").isEqualTo(CAPPED);
        assertThat(stay.lineCount()).isEqualTo(2);
    }

    @Test
    void aCurrentEntryGetsNoLinesAtAll() {
        String id = stayOf("O-1", "O-2");
        StayLines kept = cache.find(id, catalogs.snapshot().version());

        assertThat(repository.loadStay(id, kept).await().indefinitely().lines()).isNull();
    }

    @Test
    void aLineWithdrawnBetweenTheTwoReadsMakesTheWholeStayReadAgain() {
        String id = stayOf("O-1", "O-2");
        StayLines nothingHeld = StayLines.read(catalogs.snapshot().version(), 0, 0, List.of());
        StayHistory listed = repository.loadStay(id, nothingHeld).await().indefinitely();
        Db.execute("UPDATE order_line SET status = 'WITHDRAWN' WHERE encounter_id = ? AND line_id = 'O-1'", id);

        StayHistory stay = repository.completed(id, listed, nothingHeld).await().indefinitely();

        assertThat(itemCodesByLineId(stay.lines())).containsOnlyKeys("O-2").containsEntry("O-2", CAPPED);
        assertThat(stay.lineCount()).isEqualTo(1);
    }

    /** A stay with one checked line per id, each check answered and its lines kept. */
    private static String stayOf(String... lineIds) {
        String id = newEncounterId();
        for (String lineId : lineIds) {
            StayHistoryTest.check(request(encounter(id, "CARD"), line(lineId, CAPPED, 1)));
        }
        return id;
    }

    /** Records a copy of a line under another id, as another instance of the service would. */
    private static void copyLine(String encounterId, String from, String to) {
        Db.execute("""
                INSERT INTO order_line (encounter_id, line_id, check_id, draft, item_code, quantity, long_term,
                        ordered_at, recorded_at)
                SELECT encounter_id, ?, check_id, draft, item_code, quantity, long_term, ordered_at, recorded_at
                  FROM order_line WHERE encounter_id = ? AND line_id = ?
                """, to, encounterId, from);
    }

    private static Map<String, String> itemCodesByLineId(StayHistory.StoredLines lines) {
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byId.put(lines.lineIds()[i], lines.itemCodes()[i]);
        }
        return byId;
    }
}
