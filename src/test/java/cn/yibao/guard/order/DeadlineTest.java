package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.FailingItemRuleService.FAILING;
import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.ShortDeadlineProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The check never holds HIS up: past its deadline it answers UNCHECKED, and late work is still recorded. */
@QuarkusTest
@TestProfile(ShortDeadlineProfile.class)
class DeadlineTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static final long DEADLINE = ShortDeadlineProfile.DEADLINE_MS;

    static JsonPath check(Map<String, Object> body) {
        return check(TestUsers.his(), body);
    }

    static JsonPath check(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSlowDatabaseIsAnsweredUncheckedAtTheDeadlineAndTheLateWorkIsRecorded() throws Exception {
        String id = newEncounterId();
        Map<String, Object> order = request(encounter(id, "CARD"), line("O-1", CAPPED, 11), line("O-2", "XX-UNKNOWN", 1));
        JsonPath answer;
        long elapsed;
        try (Connection c = Db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("LOCK TABLE order_line IN ACCESS EXCLUSIVE MODE");
            String token = TestUsers.his();
            long start = System.nanoTime();
            answer = check(token, order);
            elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(Db.count("SELECT count(*) FROM order_check WHERE encounter_id = ?", id)).isZero();
            c.rollback();
        }
        assertThat(answer.getString("verdict")).isEqualTo("UNCHECKED");
        assertThat(answer.getString("checkId")).isNotBlank();
        assertThat(answer.getList("unmatched")).containsExactly("O-2");
        assertThat(answer.getList("hits")).isEmpty();
        // Answered at the deadline, not when the lock went (it is held until after the answer).
        assertThat(elapsed).isGreaterThanOrEqualTo(DEADLINE - 50);

        // The lock is gone: the work that was in flight completes under the id HIS was given.
        Map<String, Object> recorded = awaitCheck(answer.getString("checkId"));
        assertThat(recorded).containsEntry("verdict", "WARN").containsEntry("answered", "UNCHECKED");
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", id)).isEqualTo(2);
    }

    @Test
    void aFailingRuleBookIsAnsweredUncheckedAndTheLinesAreStillRecorded() {
        String id = newEncounterId();
        JsonPath answer = check(request(encounter(id, "CARD"), line("O-1", FAILING, 1), line("O-2", PLAIN, 1)));
        assertThat(answer.getString("verdict")).isEqualTo("UNCHECKED");
        assertThat(Db.rows("SELECT verdict, answered FROM order_check WHERE id = ?::uuid", answer.getString("checkId")))
                .containsExactly(Map.of("verdict", "UNCHECKED", "answered", "UNCHECKED"));
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", id)).isEqualTo(2);
    }

    static Map<String, Object> awaitCheck(String checkId) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            List<Map<String, Object>> rows = Db.rows("SELECT verdict, answered FROM order_check WHERE id = ?::uuid",
                    checkId);
            if (!rows.isEmpty() && "UNCHECKED".equals(rows.get(0).get("answered"))) {
                return rows.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("check " + checkId + " was not recorded as answered UNCHECKED");
    }
}
