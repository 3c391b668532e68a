package cn.yibao.guard.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.alert.support.ServiceInstance;
import cn.yibao.guard.alert.support.StationClient;
import cn.yibao.guard.order.support.TcpProxy;
import cn.yibao.guard.security.DemoSigningKey;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.support.PrometheusText;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged service against the real RabbitMQ: an alert raised on A reaches a station
 * connected to B; with the broker connections cut (both instances reach RabbitMQ through a TCP proxy the test
 * controls), an alert raised on A reaches A's stations at once and B's once the broker is back; and a change an
 * instance has delivered already, or that none of its stations shows, is skipped by its headers.
 */
class AlertFanOutIT {

    static final String RABBIT_HOST = System.getenv().getOrDefault("YIBAO_RABBITMQ_HOST", "127.0.0.1");
    static final int RABBIT_PORT = 5672;
    static final String DB = System.getenv().getOrDefault("YIBAO_TEST_DB_NAME", "yibao_test") + "_fanout";
    static final Path KEY = Path.of("target/fanout-signing-key.pem");
    static final String ISSUER = "https://demo.yibao-guard.local";

    static TcpProxy proxy;
    static ServiceInstance a;
    static ServiceInstance b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // CI starts RabbitMQ and sets RABBITMQ_IT_REQUIRED, so there a missing broker fails instead of skipping
        Assumptions.assumeTrue(listening(RABBIT_HOST, RABBIT_PORT)
                || "true".equals(System.getenv("RABBITMQ_IT_REQUIRED")),
                "RabbitMQ is not running on " + RABBIT_HOST + ":" + RABBIT_PORT);
        recreateDatabase();
        int proxyPort = freePort();
        proxy = new TcpProxy(proxyPort, RABBIT_HOST, RABBIT_PORT).up();
        a = ServiceInstance.start("fanout-a", freePort(), env(proxyPort), properties());
        b = ServiceInstance.start("fanout-b", freePort(), env(proxyPort), properties());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {b, a, proxy}) {
            if (c != null) {
                c.close();
            }
        }
    }

    static Map<String, String> env(int rabbitPort) {
        return Map.of("YIBAO_DB_NAME", DB, "YIBAO_ALERTS_FANOUT", "smallrye-rabbitmq", "YIBAO_RABBITMQ_HOST",
                "127.0.0.1", "YIBAO_RABBITMQ_PORT", Integer.toString(rabbitPort), "YIBAO_LOG_JSON", "false");
    }

    static List<String> properties() {
        return List.of("-Dyibao.demo.key-file=" + KEY.toAbsolutePath(), "-Dyibao.check.deadline=30s",
                "-Dyibao.alerts.outbox.retry-interval=1s", "-Dyibao.alerts.outbox.retry-after=1s",
                "-Dyibao.alerts.outbox.in-flight-timeout=5s");
    }

    @Test
    void anAlertRaisedOnOneInstanceReachesAStationConnectedToTheOther() {
        try (var onB = StationClient.connect(b.base(), "/ws/stations/nurse/W3", nurse());
                var onA = StationClient.connect(a.base(), "/ws/stations/physician/D01", physician())) {
            String encounterId = order(a.base());
            JsonObject alert = onB.nextMatching(critical(encounterId), null);
            assertThat(alert.getString("ruleId")).isNotBlank();
            assertThat(onA.nextMatching(critical(encounterId), null).getLong("id")).isEqualTo(alert.getLong("id"));
        }
    }

    @Test
    void alertsRaisedWhileTheBrokerConnectionIsCutAreDeliveredWhenItIsBack() throws Exception {
        try (var onB = StationClient.connect(b.base(), "/ws/stations/nurse/W3", nurse());
                var onA = StationClient.connect(a.base(), "/ws/stations/physician/D01", physician())) {
            proxy.down();
            try {
                String encounterId = order(a.base());
                // The raising instance delivers to its own stations without the broker.
                assertThat(onA.nextAlert(encounterId).getString("encounterId")).isEqualTo(encounterId);
                Thread.sleep(2_000);
                assertThat(onB.drain()).noneMatch(f -> encounterId.equals(f.getString("encounterId")));
                proxy.up();
                JsonObject alert = onB.nextAlert(encounterId);
                assertThat(alert.getString("state")).isEqualTo("OPEN");
            } finally {
                proxy.up();
            }
        }
    }

    @Test
    void anInstanceSkipsChangesItDeliveredAlreadyOrThatNoneOfItsStationsShows() throws Exception {
        double ownBefore = skipped(b, "delivered-already");
        double unwatchedBefore = skipped(a, "no-station-here");
        try (var onB = StationClient.connect(b.base(), "/ws/stations/nurse/W3", nurse())) {
            String encounterId = order(b.base());
            assertThat(onB.nextMatching(critical(encounterId), null).getString("encounterId")).isEqualTo(encounterId);
        }
        // B gets its own change back from the exchange; A has no station connected at all.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((skipped(b, "delivered-already") <= ownBefore || skipped(a, "no-station-here") <= unwatchedBefore)
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(skipped(b, "delivered-already")).isGreaterThan(ownBefore);
        assertThat(skipped(a, "no-station-here")).isGreaterThan(unwatchedBefore);
    }

    /** The instance's count of fan-out messages skipped without parsing, for one reason. */
    static double skipped(ServiceInstance instance, String reason) {
        String metrics = given().baseUri(instance.base().toString()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        return PrometheusText.sum(metrics, "yibao_alerts_fanout_skipped_total", "reason=\"" + reason + "\"");
    }

    static java.util.function.Predicate<JsonObject> critical(String encounterId) {
        return f -> "alert".equals(f.getString("type")) && encounterId.equals(f.getString("encounterId"))
                && "CRITICAL".equals(f.getString("severity"));
    }

    /** A check of a male-only drug for a woman (the demo rules answer it with a critical, blocking hit). */
    static String order(URI base) {
        String encounterId = "E-FAN-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of(
                "encounter", Map.of("id", encounterId, "type", "INPATIENT", "department", "CARD", "ward", "W3",
                        "admittedAt", "2026-11-20T08:00:00+08:00", "insuranceType", "EMPLOYEE", "hospitalLevel", 3,
                        "patient", Map.of("id", "P-" + encounterId, "sex", 2, "birthDate", "1958-04-02"),
                        "diagnoses", List.of(Map.of("code", "I21.000", "principal", true))),
                "orders", List.of(Map.of("lineId", "O-1", "itemCode", "XG04CAT0130100101029", "quantity", 7,
                        "unitPrice", 2.1, "doctorCode", "D01", "orderedAt", "2026-11-21T09:30:00+08:00")));
        given().baseUri(base.toString()).auth().oauth2(token("his", List.of(Roles.HIS), Map.of()))
                .contentType(ContentType.JSON).body(body).post("/api/v1/orders").then().statusCode(200);
        return encounterId;
    }

    static String physician() {
        return token("dr.zhang", List.of(Roles.PHYSICIAN), Map.of("department", "CARD", "doctor_code", "D01"));
    }

    static String nurse() {
        return token("nurse.li", List.of(Roles.NURSE), Map.of("department", "CARD", "ward", "W3"));
    }

    static String token(String user, List<String> roles, Map<String, String> claims) {
        var builder = Jwt.issuer(ISSUER).subject(user).upn(user).groups(new java.util.HashSet<>(roles))
                .expiresIn(Duration.ofHours(1));
        claims.forEach(builder::claim);
        return builder.jws().keyId("demo").sign(DemoSigningKey.loadOrCreate(KEY).privateKey());
    }

    static void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                System.getenv().getOrDefault("YIBAO_DB_PASSWORD", "")); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + DB + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + DB + "\"");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static boolean listening(String host, int port) {
        try (Socket s = new Socket(host, port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
