package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.DatabaseBehindProxyProfile;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.ShortDeadlineProfile;
import cn.yibao.guard.order.support.TcpProxy;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A database that is down or hung never holds HIS up; when it comes back, checks resume. */
@QuarkusTest
@TestProfile(DatabaseBehindProxyProfile.class)
class DatabaseOutageTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static TcpProxy proxy;

    @BeforeAll
    static void startProxy() throws Exception {
        proxy = new TcpProxy(DatabaseBehindProxyProfile.PROXY_PORT, "127.0.0.1", 5432).up();
    }

    @AfterAll
    static void stopProxy() throws Exception {
        proxy.close();
    }

    record Timed(JsonPath answer, long millis) {
    }

    static Timed check(String encounterId) {
        Map<String, Object> body = request(encounter(encounterId, "CARD"), line("O-1", PLAIN, 1));
        String token = TestUsers.his();
        long start = System.nanoTime();
        JsonPath answer = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders").then().statusCode(200).extract().jsonPath();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /** Checks pass again once the database answers (a busy machine may need a few tries within the deadline). */
    static void awaitPass() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            if ("PASS".equals(check(newEncounterId()).answer().getString("verdict"))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("checks did not pass again");
    }

    @Test
    void aDatabaseThatIsDownIsAnsweredUncheckedWithoutWaitingAndNothingIsRecorded() throws Exception {
        awaitPass();
        proxy.down();
        try {
            String id = newEncounterId();
            Timed down = check(id);
            assertThat(down.answer().getString("verdict")).isEqualTo("UNCHECKED");
            assertThat(down.answer().getString("checkId")).isNotBlank();
            assertThat(Db.count("SELECT count(*) FROM encounter WHERE id = ?", id)).isZero();
        } finally {
            proxy.up();
        }
        awaitPass();
    }

    @Test
    void aHungDatabaseIsAnsweredUncheckedAtTheDeadline() throws Exception {
        awaitPass();
        proxy.stall();
        try {
            Timed hung = check(newEncounterId());
            assertThat(hung.answer().getString("verdict")).isEqualTo("UNCHECKED");
            assertThat(hung.millis()).isGreaterThanOrEqualTo(ShortDeadlineProfile.DEADLINE_MS - 50);
        } finally {
            proxy.up();
        }
        awaitPass();
    }
}
