package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A line id sent twice is recorded once, whether HIS retries or sends the same order concurrently. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class IdempotencyTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static JsonPath post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRetriedCheckRecordsItsLinesOnceAndAnswersTheSame() {
        String id = newEncounterId();
        // 8 of at most 10 per stay: a retry must not add the line to itself and exceed the cap.
        Map<String, Object> order = request(encounter(id, "CARD"), line("O-1", CAPPED, 8), line("O-2", PLAIN, 1));
        JsonPath first = post(TestUsers.his(), order);
        JsonPath retry = post(TestUsers.his(), order);

        assertThat(first.getString("verdict")).isEqualTo("PASS");
        assertThat(retry.getString("verdict")).isEqualTo(first.getString("verdict"));
        assertThat(retry.getList("hits")).isEqualTo(first.getList("hits"));
        assertThat(retry.getString("checkId")).isNotEqualTo(first.getString("checkId"));
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", id)).isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM order_check WHERE encounter_id = ?", id)).isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM encounter WHERE id = ?", id)).isEqualTo(1);
        // The line keeps its first recording.
        assertThat(Db.rows("SELECT check_id::text AS c FROM order_line WHERE encounter_id = ? AND line_id = 'O-1'",
                id).get(0)).containsEntry("c", first.getString("checkId"));
    }

    @Test
    void aRetryWithinALargerOrderStillDoesNotCountTheLineTwice() {
        String id = newEncounterId();
        post(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", CAPPED, 6)));
        // O-1 sent again with a new line of the same item: 6 + 4 = 10, exactly the cap.
        JsonPath again = post(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", CAPPED, 6),
                line("O-2", CAPPED, 4)));
        assertThat(again.getString("verdict")).isEqualTo("PASS");
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", id)).isEqualTo(2);
    }

    @Test
    void concurrentIdenticalChecksRecordOneRowPerLine() throws Exception {
        String id = newEncounterId();
        Map<String, Object> order = request(encounter(id, "CARD"), line("O-1", CAPPED, 2), line("O-2", PLAIN, 1),
                line("O-3", PLAIN, 1), line("O-4", CAPPED, 1));
        String token = TestUsers.his();
        List<JsonPath> answers = parallel(24, () -> post(token, order));

        assertThat(answers).extracting(a -> a.getString("verdict")).containsOnly("PASS");
        assertThat(Db.rows("SELECT line_id FROM order_line WHERE encounter_id = ? ORDER BY line_id", id))
                .extracting(r -> r.get("line_id")).containsExactly("O-1", "O-2", "O-3", "O-4");
        assertThat(Db.count("SELECT count(*) FROM order_check WHERE encounter_id = ?", id)).isEqualTo(24);
        assertThat(Db.count("SELECT count(*) FROM encounter_insurance WHERE encounter_id = ?", id)).isEqualTo(1);
    }

    @Test
    void concurrentChecksSharingLinesInAnyOrderNeitherDeadlockNorDuplicate() throws Exception {
        String id = newEncounterId();
        String token = TestUsers.his();
        List<Callable<JsonPath>> sends = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            var lines = new ArrayList<Map<String, Object>>(List.of(line("A", PLAIN, 1), line("B", PLAIN, 1),
                    line("C", PLAIN, 1), line("N-" + i, PLAIN, 1)));
            java.util.Collections.rotate(lines, i);
            Map<String, Object> order = request(encounter(id, "CARD"));
            order.put("orders", lines);
            sends.add(() -> post(token, order));
        }
        List<JsonPath> answers = parallel(sends);
        assertThat(answers).extracting(a -> a.getString("verdict")).containsOnly("PASS");
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", id)).isEqualTo(3 + 16);
    }

    static List<JsonPath> parallel(int n, Callable<JsonPath> send) throws Exception {
        List<Callable<JsonPath>> sends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sends.add(send);
        }
        return parallel(sends);
    }

    static List<JsonPath> parallel(List<Callable<JsonPath>> sends) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sends.size());
        try {
            List<Future<JsonPath>> futures = pool.invokeAll(sends);
            List<JsonPath> answers = new ArrayList<>();
            for (Future<JsonPath> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
