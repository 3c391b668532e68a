package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.BLOCKED;
import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.OrderTestData.SELF_PAY;
import static cn.yibao.guard.order.support.Orders.encounter;
import static cn.yibao.guard.order.support.Orders.line;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static cn.yibao.guard.order.support.Orders.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.Db;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(OrderTestProfile.class)
class OrderCheckTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static ValidatableResponse check(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders").then();
    }

    @Test
    void plainLinesPassAndEverythingIsRecorded() {
        String id = newEncounterId();
        String checkId = check(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", PLAIN, 2),
                line("O-2", PLAIN, 1)))
                .statusCode(200)
                .body("checkId", matchesPattern("[0-9a-f-]{36}"))
                .body("verdict", equalTo("PASS"))
                .body("unmatched", empty())
                .body("hits", empty())
                .extract().path("checkId");

        var check = Db.rows("SELECT * FROM order_check WHERE id = ?::uuid", checkId).get(0);
        assertThat(check).containsEntry("encounter_id", id).containsEntry("verdict", "PASS")
                .containsEntry("answered", "PASS").containsEntry("channel", "API")
                .containsEntry("requested_by", "his");
        assertThat(check.get("line_ids")).isEqualTo(List.of("O-1", "O-2"));
        var lines = Db.rows("SELECT line_id, matched_code, quantity, status, check_id::text AS check_id "
                + "FROM order_line WHERE encounter_id = ? ORDER BY line_id", id);
        assertThat(lines).extracting(r -> r.get("line_id")).containsExactly("O-1", "O-2");
        assertThat(lines).allSatisfy(r -> {
            assertThat(r).containsEntry("matched_code", PLAIN).containsEntry("status", "ACTIVE")
                    .containsEntry("check_id", checkId);
        });
        var encounter = Db.rows("SELECT department_code, diagnoses, patient_sex FROM encounter WHERE id = ?", id);
        assertThat(encounter.get(0)).containsEntry("department_code", "CARD");
        assertThat(encounter.get(0).get("diagnoses")).isEqualTo(List.of("I21.000", "E11.900"));
    }

    @Test
    void blockedItemBlocksAndTheHitIsRecordedWithRuleAndVersion() {
        String id = newEncounterId();
        String checkId = check(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", PLAIN, 1),
                line("O-2", BLOCKED, 1)))
                .statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("hits", hasSize(1))
                .body("hits[0].ruleId", equalTo(OrderTestData.BLOCK_RULE))
                .body("hits[0].ruleVersion", equalTo(1))
                .body("hits[0].lineIds", contains("O-2"))
                .body("hits[0].action", equalTo("BLOCK"))
                .body("hits[0].severity", equalTo("CRITICAL"))
                .body("hits[0].evidence.requiredSex", equalTo(2))
                .body("hits[0].source", equalTo("local"))
                .extract().path("checkId");
        var hits = Db.rows("SELECT rule_id, rule_version, line_ids, action, evidence->>'requiredSex' AS sex "
                + "FROM order_hit WHERE check_id = ?::uuid", checkId);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).containsEntry("rule_id", OrderTestData.BLOCK_RULE).containsEntry("sex", "2")
                .containsEntry("line_ids", List.of("O-2"));
    }

    @Test
    void aNoticeAloneStillPasses() {
        check(TestUsers.his(), request(encounter(newEncounterId(), "CARD"), line("O-1", SELF_PAY, 1)))
                .statusCode(200)
                .body("verdict", equalTo("PASS"))
                .body("hits[0].ruleId", equalTo(OrderTestData.SELF_PAY_RULE))
                .body("hits[0].severity", equalTo("INFO"));
    }

    @Test
    void unknownItemsAreCheckedAndListedAsUnmatched() {
        String id = newEncounterId();
        var unknown = line("O-7", "XX-NOT-IN-CATALOGUE", 1);
        check(TestUsers.his(), request(encounter(id, "CARD"), line("O-1", CAPPED, 11), unknown))
                .statusCode(200)
                .body("unmatched", contains("O-7"))
                .body("verdict", equalTo("WARN"))
                .body("hits[0].ruleId", equalTo(OrderTestData.CAP_RULE));
        var row = Db.rows("SELECT matched_code, item_code FROM order_line WHERE encounter_id = ? AND line_id = 'O-7'",
                id).get(0);
        assertThat(row.get("matched_code")).isNull();
        assertThat(row).containsEntry("item_code", "XX-NOT-IN-CATALOGUE");
    }

    @Test
    void linesAreMatchedByHisCodeAndByGenericName() {
        String id = newEncounterId();
        var byHis = line("O-1", null, 1);
        byHis.remove("itemCode");
        byHis.put("hisCode", OrderTestData.CAPPED_HIS_CODE);
        var byName = line("O-2", null, 1);
        byName.remove("itemCode");
        byName.put("genericName", OrderTestData.PLAIN_GENERIC);
        check(TestUsers.his(), request(encounter(id, "CARD"), byHis, byName))
                .statusCode(200).body("unmatched", empty());
        var rows = Db.rows("SELECT line_id, matched_code FROM order_line WHERE encounter_id = ? ORDER BY line_id", id);
        assertThat(rows).extracting(r -> r.get("matched_code")).containsExactly(CAPPED, PLAIN);
    }
}
