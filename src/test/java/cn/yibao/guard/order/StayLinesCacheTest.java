package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.PrometheusText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The stay's lines kept between checks never answer differently from the database: lines recorded or withdrawn
 * behind this instance's back (by another instance) count, or stop counting, at the very next check, and earlier
 * lines read the same in evidence whether they came from the kept entry or from the database.
 */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class StayLinesCacheTest {

    @Inject
    StayLinesCache cache;

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    @Test
    void aLineRecordedByAnotherInstanceCountsAtTheNextCheck() {
        String id = newEncounterId();
        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-1", CAPPED, 6))).body("verdict", equalTo("PASS"));
        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-2", CAPPED, 1))).body("verdict", equalTo("PASS"));
        assertThat(Db.execute("""
                INSERT INTO order_line (encounter_id, line_id, check_id, draft, item_code, quantity, long_term,
                        ordered_at, recorded_at)
                SELECT encounter_id, 'O-X', check_id, draft, item_code, 2, long_term, ordered_at, recorded_at
                  FROM order_line WHERE encounter_id = ? AND line_id = 'O-1'
                """, id)).isEqualTo(1);

        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-3", CAPPED, 2)))
                .body("verdict", equalTo("WARN"))
                .body("hits[0].ruleId", equalTo(OrderTestData.CAP_RULE))
                .body("hits[0].evidence.count", equalTo(11))
                .body("hits[0].evidence.earlierLines.lineId", containsInAnyOrder("O-1", "O-2", "O-X"));
    }

    @Test
    void aLineWithdrawnByAnotherInstanceStopsCountingAtTheNextCheck() {
        String id = newEncounterId();
        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-1", CAPPED, 6)));
        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-2", CAPPED, 1))).body("verdict", equalTo("PASS"));
        assertThat(Db.execute("UPDATE order_line SET status = 'WITHDRAWN' WHERE encounter_id = ? AND line_id = 'O-1'",
                id)).isEqualTo(1);

        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-3", CAPPED, 5)))
                .body("verdict", equalTo("PASS"))
                .body("hits", empty());
    }

    @Test
    void earlierLinesReadTheSameFromTheKeptEntryAsFromTheDatabase() {
        String id = newEncounterId();
        Map<String, Object> first = line("O-1", CAPPED, 6);
        first.put("orderedAt", "2026-11-21T09:30:00.123456789+08:00");
        first.put("quantity", 6.50);
        StayHistoryTest.check(request(encounter(id, "CARD"), first));
        Map<String, Object> second = line("O-2", CAPPED, 5);

        Object kept = StayHistoryTest.check(request(encounter(id, "CARD"), second))
                .body("verdict", equalTo("WARN")).extract().path("hits[0].evidence");
        cache.clear();
        Object read = StayHistoryTest.check(request(encounter(id, "CARD"), second))
                .body("verdict", equalTo("WARN")).extract().path("hits[0].evidence");

        assertThat(read).isEqualTo(kept);
    }

    @Test
    void theStaysNextCheckUsesTheKeptLines() {
        String id = newEncounterId();
        double hitsBefore = keptLineHits();
        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-1", CAPPED, 6)));
        StayHistoryTest.check(request(encounter(id, "CARD"), line("O-2", CAPPED, 5)))
                .body("hits[0].evidence.earlierLines.lineId", containsInAnyOrder("O-1"));
        assertThat(keptLineHits()).isGreaterThanOrEqualTo(hitsBefore + 1);
    }

    /** How often a check found its stay's lines kept, from the service's own metrics. */
    private static double keptLineHits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return PrometheusText.sum(metrics, "cache_gets_total", "cache=\"yibao_stay_lines\"", "result=\"hit\"");
    }
}
