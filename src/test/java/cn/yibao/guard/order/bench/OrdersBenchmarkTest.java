package cn.yibao.guard.order.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The benchmark's synthetic stays and orders are what the service accepts, and its server figures add up. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class OrdersBenchmarkTest {

    static final SyntheticHospital HOSPITAL = new SyntheticHospital(50, 3);

    @BeforeAll
    static void loadStays() throws Exception {
        BenchOptions options = new BenchOptions();
        options.history = 5;
        try (Connection db = Db.connect()) {
            assertThat(new StayFixture().load(HOSPITAL, db, options)).contains("3 encounters");
        }
    }

    @Test
    void aSyntheticOrderIsAcceptedCountsTheStayAndLeavesTheEncounterRowAlone() {
        String body = new OrderBodies(HOSPITAL, 10, "T", 7).next(0);
        String encounterId = body.substring(body.indexOf("BENCH-"), body.indexOf("BENCH-") + 12);
        Object updatedBefore = Db.rows("SELECT updated_at FROM encounter WHERE id = ?", encounterId).get(0)
                .get("updated_at");
        long earlier = Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", encounterId);
        assertThat(earlier).isGreaterThanOrEqualTo(5);

        String checkId = given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders").then().statusCode(200).body("verdict", equalTo("PASS"))
                .extract().path("checkId");

        assertThat(Db.rows("SELECT history_count FROM order_check WHERE id = ?::uuid", checkId))
                .containsExactly(Map.of("history_count", (int) earlier));
        assertThat(Db.rows("SELECT updated_at FROM encounter WHERE id = ?", encounterId).get(0).get("updated_at"))
                .isEqualTo(updatedBefore);
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", encounterId))
                .isEqualTo(earlier + 10);
    }

    @Test
    void theServerHistogramCountsEachCheckOnce() {
        ServerHistogram before = ServerHistogram.parse(given().get("/q/metrics").asString(), "api");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                    .body(new OrderBodies(HOSPITAL, 2, "H" + i, i).next(i)).post("/api/v1/orders")
                    .then().statusCode(200);
        }
        ServerHistogram run = ServerHistogram.parse(given().get("/q/metrics").asString(), "api").minus(before);
        assertThat(run.count()).isEqualTo(3.0);
        assertThat(run.quantileMillis(0.5)).isPositive().isLessThanOrEqualTo(run.quantileMillis(0.99));
    }

    @Test
    void quantilesInterpolateWithinTheirBucket() {
        ServerHistogram h = new ServerHistogram(new java.util.TreeMap<>(Map.of(0.001, 50.0, 0.002, 90.0, 0.004,
                100.0, Double.POSITIVE_INFINITY, 100.0)));
        assertThat(h.quantileMillis(0.5)).isEqualTo(1.0);
        assertThat(h.quantileMillis(0.7)).isEqualTo(1.5);
        assertThat(h.quantileMillis(0.95)).isEqualTo(3.0);
        assertThat(List.of(h.count())).containsExactly(100.0);
    }
}
