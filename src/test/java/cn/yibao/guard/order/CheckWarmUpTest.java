package cn.yibao.guard.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The start-up warm-up reports through readiness and leaves nothing behind in the database. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class CheckWarmUpTest {

    @Test
    void readinessReportsTheWarmUpDone() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("order-check-warm-up"))
                .body("checks.find { it.name == 'order-check-warm-up' }.data.state", org.hamcrest.Matchers
                        .equalTo("done"));
    }

    @Test
    void theWarmUpWritesNothing() {
        assertThat(Db.count("SELECT count(*) FROM encounter WHERE id = ?", CheckWarmUp.ENCOUNTER_ID)).isZero();
        assertThat(Db.count("SELECT count(*) FROM order_check WHERE encounter_id = ?", CheckWarmUp.ENCOUNTER_ID))
                .isZero();
        assertThat(Db.count("SELECT count(*) FROM order_line WHERE encounter_id = ?", CheckWarmUp.ENCOUNTER_ID))
                .isZero();
    }
}
