package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.OrderTestData.CAPPED_HIS_CODE;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The stay's earlier orders count: a per-stay cap is reached across checks, and a withdrawn order stops counting. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class StayHistoryTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static ValidatableResponse check(Map<String, Object> body) {
        return given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders").then().statusCode(200);
    }

    @Test
    void aPerStayCapIsReachedAcrossTwoChecks() {
        String id = newEncounterId();
        check(request(encounter(id, "CARD"), line("O-1", CAPPED, 6))).body("verdict", equalTo("PASS"));
        check(request(encounter(id, "CARD"), line("O-2", CAPPED, 5)))
                .body("verdict", equalTo("WARN"))
                .body("hits[0].ruleId", equalTo(OrderTestData.CAP_RULE))
                .body("hits[0].lineIds", contains("O-2"))
                .body("hits[0].evidence.count", equalTo(11))
                .body("hits[0].evidence.earlierLines.lineId", contains("O-1"));
    }

    @Test
    void historyIsMatchedThroughTheCatalogueLikeDraftLines() {
        String id = newEncounterId();
        var byHisCode = line("O-1", null, 6);
        byHisCode.remove("itemCode");
        byHisCode.put("hisCode", CAPPED_HIS_CODE);
        check(request(encounter(id, "CARD"), byHisCode)).body("verdict", equalTo("PASS"));
        check(request(encounter(id, "CARD"), line("O-2", CAPPED, 5))).body("verdict", equalTo("WARN"));
    }

    @Test
    void aWithdrawnOrderStopsCounting() {
        String id = newEncounterId();
        check(request(encounter(id, "CARD"), line("O-1", CAPPED, 6)));
        given().auth().oauth2(TestUsers.his()).delete("/api/v1/encounters/{id}/orders/{line}", id, "O-1")
                .then().statusCode(204);
        check(request(encounter(id, "CARD"), line("O-2", CAPPED, 5)))
                .body("verdict", equalTo("PASS"))
                .body("hits", empty());
    }

    @Test
    void otherEncountersDoNotCount() {
        String id = newEncounterId();
        check(request(encounter(id, "CARD"), line("O-1", CAPPED, 6)));
        check(request(encounter(newEncounterId(), "CARD"), line("O-1", CAPPED, 6)))
                .body("verdict", equalTo("PASS"));
    }

    @Test
    void insuranceTypesAreRecordedInTheOrderFirstSeen() {
        String id = newEncounterId();
        var employee = encounter(id, "CARD");
        check(request(employee, line("O-1", CAPPED, 1)));
        var resident = encounter(id, "CARD");
        resident.put("insuranceType", "RESIDENT");
        check(request(resident, line("O-2", CAPPED, 1)));
        check(request(employee, line("O-3", CAPPED, 1)));
        given().auth().oauth2(TestUsers.his()).get("/api/v1/encounters/{id}/orders", id).then().statusCode(200)
                .body("insuranceType", equalTo("EMPLOYEE"))
                .body("insuranceTypes", contains("EMPLOYEE", "RESIDENT"));
    }

    @Test
    void theEncounterFollowsWhatHisReportsLast() {
        String id = newEncounterId();
        check(request(encounter(id, "GAST"), line("O-1", CAPPED, 1)));
        var transferred = encounter(id, "CARD");
        transferred.put("ward", "W4");
        check(request(transferred, line("O-2", CAPPED, 1)));
        given().auth().oauth2(TestUsers.his()).get("/api/v1/encounters/{id}/orders", id).then().statusCode(200)
                .body("department", equalTo("CARD"))
                .body("ward", equalTo("W4"))
                .body("lines.lineId", contains("O-1", "O-2"));
    }
}
