package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.lines;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Every kind of bad input is refused with a problem naming the field, and nothing is recorded. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class OrderValidationTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> valid() {
        return request(encounter(newEncounterId(), "CARD"), line("O-1", PLAIN, 2), line("O-2", PLAIN, 1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> enc(Map<String, Object> r) {
        return (Map<String, Object>) r.get("encounter");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> patient(Map<String, Object> r) {
        return (Map<String, Object>) enc(r).get("patient");
    }

    static Map<String, Object> first(Map<String, Object> r) {
        return lines(r).get(0);
    }

    static Arguments bad(String name, Consumer<Map<String, Object>> change, String field) {
        return Arguments.of(name, (UnaryOperator<String>) ignored -> {
            Map<String, Object> r = valid();
            change.accept(r);
            return write(r);
        }, field);
    }

    static Arguments raw(String name, UnaryOperator<String> change, String field) {
        return Arguments.of(name, change, field);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                raw("malformed JSON", json -> json.substring(0, json.length() / 2), null),
                raw("trailing garbage", json -> json + " {}", null),
                bad("no encounter", r -> r.remove("encounter"), "encounter"),
                bad("no orders", r -> r.remove("orders"), "orders"),
                bad("empty orders", r -> lines(r).clear(), "orders"),
                bad("no encounter id", r -> enc(r).remove("id"), "encounter.id"),
                bad("blank encounter id", r -> enc(r).put("id", " "), "encounter.id"),
                bad("encounter id too long", r -> enc(r).put("id", "E".repeat(65)), "encounter.id"),
                bad("no department", r -> enc(r).remove("department"), "encounter.department"),
                bad("no admission time", r -> enc(r).remove("admittedAt"), "encounter.admittedAt"),
                bad("admission time without offset", r -> enc(r).put("admittedAt", "2026-11-20T08:00:00"),
                        "encounter.admittedAt"),
                bad("unknown encounter type", r -> enc(r).put("type", "DAYCARE"), "encounter.type"),
                bad("unknown insurance type", r -> enc(r).put("insuranceType", "GOLD"), "encounter.insuranceType"),
                bad("hospital level 4", r -> enc(r).put("hospitalLevel", 4), "encounter.hospitalLevel"),
                bad("hospital level 2.5", r -> enc(r).put("hospitalLevel", 2.5), "encounter.hospitalLevel"),
                bad("hospital level as text", r -> enc(r).put("hospitalLevel", "3"), "encounter.hospitalLevel"),
                bad("no patient", r -> enc(r).remove("patient"), "encounter.patient"),
                bad("sex 3", r -> patient(r).put("sex", 3), "encounter.patient.sex"),
                bad("birth date in the future", r -> patient(r).put("birthDate", "2999-01-01"),
                        "encounter.patient.birthDate"),
                bad("impossible birth date", r -> patient(r).put("birthDate", "1958-02-30"),
                        "encounter.patient.birthDate"),
                bad("two principal diagnoses", r -> enc(r).put("diagnoses", List.of(
                        Map.of("code", "I21.000", "principal", true), Map.of("code", "E11.900", "principal", true))),
                        "encounter.diagnoses"),
                bad("quantity as text", r -> first(r).put("quantity", "2"), "orders[0].quantity"),
                bad("negative quantity", r -> first(r).put("quantity", -1), "orders[0].quantity"),
                bad("zero quantity", r -> first(r).put("quantity", 0), "orders[0].quantity"),
                bad("huge quantity", r -> first(r).put("quantity", 1_000_000), "orders[0].quantity"),
                raw("NaN quantity", json -> json.replaceFirst("\"quantity\":2", "\"quantity\":NaN"),
                        "orders[0].quantity"),
                raw("1e400 quantity", json -> json.replaceFirst("\"quantity\":2", "\"quantity\":1e400"),
                        "orders[0].quantity"),
                bad("no quantity", r -> first(r).remove("quantity"), "orders[0].quantity"),
                bad("negative price", r -> first(r).put("unitPrice", -0.01), "orders[0].unitPrice"),
                bad("price with three decimals", r -> first(r).put("unitPrice", 1.005), "orders[0].unitPrice"),
                bad("zero days", r -> first(r).put("days", 0), "orders[0].days"),
                bad("367 days", r -> first(r).put("days", 367), "orders[0].days"),
                bad("no line id", r -> first(r).remove("lineId"), "orders[0].lineId"),
                bad("line id too long", r -> first(r).put("lineId", "L".repeat(65)), "orders[0].lineId"),
                bad("duplicate line id", r -> lines(r).get(1).put("lineId", "O-1"), "orders[1].lineId"),
                bad("no item named", r -> first(r).remove("itemCode"), "orders[0].itemCode"),
                bad("no order time", r -> first(r).remove("orderedAt"), "orders[0].orderedAt"),
                bad("impossible order time", r -> first(r).put("orderedAt", "2026-13-40T09:30:00+08:00"),
                        "orders[0].orderedAt"),
                bad("long term as text", r -> first(r).put("longTerm", "yes"), "orders[0].longTerm"),
                bad("null line", r -> lines(r).add(null), "orders[2]"),
                bad("10,000 lines", r -> {
                    List<Map<String, Object>> many = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        many.add(Map.of("lineId", "L" + i, "itemCode", "X", "quantity", 1,
                                "orderedAt", "2026-11-21T09:30:00+08:00"));
                    }
                    r.put("orders", many);
                }, "orders"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded(String name, UnaryOperator<String> body, String field) {
        String json = body.apply(write(valid()));
        assertThat(json.length()).as("the body stays under the 1 MB limit").isLessThan(1_000_000);
        var before = Db.orderTableCounts();
        var response = given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(json)
                .post("/api/v1/orders").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        } else {
            response.body("errors[0].field", org.hamcrest.Matchers.notNullValue());
        }
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        Map<String, Object> r = valid();
        first(r).put("name", "x".repeat(1_100_000));
        var before = Db.orderTableCounts();
        given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(write(r))
                .post("/api/v1/orders").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    @Test
    void aPhysicianSendingAnotherDoctorsLineIsRefusedAndNothingIsRecorded() {
        Map<String, Object> r = valid();
        lines(r).get(1).put("doctorCode", "D02");
        var before = Db.orderTableCounts();
        given().auth().oauth2(TestUsers.physician("CARD", "D01")).contentType(ContentType.JSON).body(r)
                .post("/api/v1/orders").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("orders[1].doctorCode"));
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    static String write(Map<String, Object> r) {
        try {
            return JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
