package cn.yibao.guard.alert.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The benchmark's own pieces against the test instance: its organisation is accepted, its tokens carry the
 * claims a station needs, its checks raise a hit, and it finds and reads the instance's process.
 */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class AlertsBenchmarkTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static final Path TEST_KEY = Path.of("target/test-signing-key.pem");

    @TestHTTPResource("/")
    URL url;

    static StationTokens tokens() {
        TestUsers.his(); // the test configuration creates its demo key on first use
        return new StationTokens(TEST_KEY, "https://demo.yibao-guard.local");
    }

    @Test
    void theStationsOrganisationIsWrittenAndRewrittenWithoutComplaint() throws Exception {
        StationPlan plan = new StationPlan(20, 0.25, 3, 2);
        try (Connection db = Db.connect()) {
            assertThat(StationFixture.load(db, plan, List.of(ReplayProbe.DOCTOR, ReplayProbe.ward(2))))
                    .isEqualTo("3 departments, 6 wards, 16 doctors");
            StationFixture.load(db, plan, List.of());
        }
        assertThat(Db.count("SELECT count(*) FROM doctor WHERE code LIKE 'AB-X%' AND department_code LIKE 'AB-D%'"))
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void mintedTokensCarryTheClaimsOfTheirStation() {
        StationTokens tokens = tokens();
        StationPlan plan = new StationPlan(10, 0.2, 2, 1);
        Station doctor = plan.physicians().get(0);
        Station ward = plan.nurses().get(0);

        given().auth().oauth2(tokens.station(doctor)).get("/api/v1/me").then().statusCode(200)
                .body("doctorCode", equalTo(doctor.code())).body("department", equalTo(doctor.department()));
        given().auth().oauth2(tokens.station(ward)).get("/api/v1/me").then().statusCode(200)
                .body("ward", equalTo(ward.code())).body("roles", org.hamcrest.Matchers.contains("nurse"));
        given().auth().oauth2(tokens.his()).get("/api/v1/me").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("his-system"));
    }

    @Test
    void eachCheckRaisesAnAlertForANewEncounter() {
        StationPlan plan = new StationPlan(10, 0.2, 2, 1);
        AlertOrders orders = new AlertOrders(OrderTestData.BLOCKED, 3);
        String encounter = AlertOrders.encounterId("T" + System.nanoTime(), 1);
        String answer = given().auth().oauth2(tokens().his()).contentType(ContentType.JSON)
                .body(orders.body(encounter, plan.physicians().get(0), plan.nurses().get(0)))
                .post("/api/v1/orders").then().statusCode(200).extract().asString();

        assertThat(AlertOrders.alertExpected(answer)).isTrue();
        assertThat(AlertOrders.alertExpected("{\"verdict\":\"PASS\",\"hits\":[]}")).isFalse();
        assertThat(AlertOrders.alertExpected("{\"verdict\":\"UNCHECKED\",\"hits\":[]}")).isTrue();
    }

    @Test
    void aShortRunDeliversEveryAlertAndReplaysWhatAReconnectingStationMissed() throws Exception {
        AlertBenchOptions o = new AlertBenchOptions();
        o.urls = List.of(url.toString());
        o.jdbcUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class);
        o.keyFile = TEST_KEY;
        tokens();
        o.sockets = 8;
        o.rate = 20;
        o.duration = Duration.ofSeconds(2);
        o.warmup = Duration.ZERO;
        o.runs = 1;
        o.settle = Duration.ofSeconds(30);
        o.replay = 30;
        o.replayRate = 60;
        o.noMemory = true;
        o.idle = Duration.ZERO;
        o.item = OrderTestData.BLOCKED;

        AlertsBenchmark.Result result = new AlertsBenchmark().measure(o);

        AlertTracker.Outcome run = result.runs().get(0).alerts();
        assertThat(result.runs().get(0).noHit()).isZero();
        assertThat(run.expected()).isEqualTo(2 * 40);
        assertThat(run.received()).isEqualTo(run.expected());
        assertThat(run.missing()).isZero();
        assertThat(run.latencies().count()).isEqualTo(80);
        assertThat(result.replay().received()).isEqualTo(30);
        assertThat(result.replay().inOrder()).isTrue();
        assertThat(result.replay().duplicates()).isZero();
        assertThat(result.missing()).isZero();
    }

    @Test
    void theInstanceProcessIsFoundByItsPortAndRead() throws Exception {
        ServerProcess self = ServerProcess.listeningOn(url.getPort()).orElseThrow();

        assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(self.rssBytes()).isPositive();
        assertThat(self.cpuSeconds()).isPositive();
        assertThat(self.openFileLimit()).isPositive();
        assertThat(self.liveHeapBytes()).isPositive();
    }
}
