package cn.yibao.guard.order;

import static cn.yibao.guard.order.support.OrderTestData.BLOCKED;
import static cn.yibao.guard.order.support.OrderTestData.CAPPED;
import static cn.yibao.guard.order.support.OrderTestData.PLAIN;
import static cn.yibao.guard.order.support.Orders.newEncounterId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** The national platform's 3101 request shape, mapped to the same check and answered in the platform's shape. */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
class Nhsa3101Test {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static final String ORDERS = "input.data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos";

    /** As a HIS sends it to the platform, with numbers sometimes as strings, sometimes as numbers. */
    static Map<String, Object> message(String mdtrtId, List<Map<String, Object>> orders) {
        Map<String, Object> encounter = new LinkedHashMap<>();
        encounter.put("mdtrt_id", mdtrtId);
        encounter.put("medins_id", "H32118100064");
        encounter.put("medins_lv", "02");
        encounter.put("wardarea_codg", "W3");
        encounter.put("adm_date", "2026-11-20 08:00:00");
        encounter.put("dscg_date", null);
        encounter.put("dscg_main_dise_codg", "I21.000");
        encounter.put("adm_dept_codg", "CARD");
        encounter.put("dscg_dept_codg", "");
        encounter.put("med_mdtrt_type", "2");
        encounter.put("med_type", "21");
        encounter.put("insutype", 310);
        encounter.put("fsi_diagnose_dtos", List.of(
                Map.of("dise_id", 3069, "inout_dise_type", "1", "maindise_flag", 0, "dias_srt_no", 2,
                        "dise_codg", "E11.900", "dise_name", "2型糖尿病"),
                Map.of("dise_id", 7395, "inout_dise_type", "1", "maindise_flag", 1, "dias_srt_no", 1,
                        "dise_codg", "I21.000", "dise_name", "急性心肌梗死")));
        encounter.put("fsi_operation_dtos", List.of());
        encounter.put("fsi_order_dtos", orders);
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("patn_id", "P-" + mdtrtId);
        patient.put("patn_name", "测试患者");
        patient.put("gend", "1");
        patient.put("brdy", "1951-08-27");
        patient.put("poolarea", "430796");
        patient.put("curr_mdtrt_id", mdtrtId);
        patient.put("fsi_encounter_dtos", List.of(encounter));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("syscode", "HIS");
        data.put("task_id", "T-" + mdtrtId);
        data.put("trig_scen", "5");
        data.put("rule_ids", List.of());
        data.put("patient_dtos", List.of(patient));
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("infno", "3101");
        msg.put("msgid", "M-" + mdtrtId);
        msg.put("fixmedins_code", "H32118100064");
        msg.put("input", Map.of("data", data));
        return msg;
    }

    static Map<String, Object> order(String rxId, String code, Object cnt, Object pric, Object current) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rx_id", rxId);
        o.put("rxno", "IP" + rxId);
        o.put("long_drord_flag", 1);
        o.put("hilist_type", "101");
        o.put("hilist_code", code);
        o.put("hilist_name", "药品" + rxId);
        o.put("hosplist_code", "XY" + rxId);
        o.put("hosplist_name", "院内药品" + rxId);
        o.put("cnt", cnt);
        o.put("pric", pric);
        o.put("drord_begn_date", "2026-11-21 09:30:00");
        o.put("drord_dept_codg", "CARD");
        o.put("drord_dr_codg", "D01");
        o.put("curr_drord_flag", current);
        return o;
    }

    static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/nhsa/3101").then();
    }

    @Test
    void hitsAreAnsweredAsThePlatformsViolationRecords() {
        String id = newEncounterId();
        var orders = List.of(order("6099", CAPPED, "6", "0.10", "0"), order("6374", CAPPED, 5, 12.5, 1),
                order("6375", BLOCKED, 1, "1153", "1"));
        String checkId = post(TestUsers.his(), message(id, orders)).statusCode(200)
                .body("infcode", equalTo(0))
                .body("inf_refmsgid", equalTo("M-" + id))
                .body("output.verdict", equalTo("BLOCK"))
                .body("output.unmatched", empty())
                .body("output.result.rule_id", contains(OrderTestData.CAP_RULE, OrderTestData.BLOCK_RULE))
                .body("output.result[0].jr_id", startsWith(""))
                .body("output.result[0].patn_id", equalTo("P-" + id))
                .body("output.result[0].mdtrt_id", equalTo(id))
                .body("output.result[0].sev_deg", equalTo("1"))
                .body("output.result[0].vola_bhvr_type", equalTo("2"))
                .body("output.result[0].vola_cont", containsString("每次就诊限10"))
                .body("output.result[0].vola_amt", equalTo(62.5f))
                .body("output.result[0].vola_amt_stas", equalTo("1"))
                .body("output.result[0].task_id", equalTo("T-" + id))
                .body("output.result[0].evidence.earlierLines.lineId", contains("6099"))
                .body("output.result[0].judge_result_detail_dtos[0].rx_id", equalTo("6374"))
                .body("output.result[1].vola_bhvr_type", equalTo("3"))
                .body("output.result[1].judge_result_detail_dtos[0].vola_amt", equalTo(1153.0f))
                .extract().path("output.check_id");

        assertThat(Db.rows("SELECT channel, line_ids FROM order_check WHERE id = ?::uuid", checkId).get(0))
                .containsEntry("channel", "NHSA_3101").containsEntry("line_ids", List.of("6374", "6375"));
        assertThat(Db.rows("SELECT line_id, draft, his_code FROM order_line WHERE encounter_id = ? ORDER BY line_id", id))
                .containsExactly(Map.of("line_id", "6099", "draft", false, "his_code", "XY6099"),
                        Map.of("line_id", "6374", "draft", true, "his_code", "XY6374"),
                        Map.of("line_id", "6375", "draft", true, "his_code", "XY6375"));
        var encounter = Db.rows("SELECT type, hospital_level, insurance_type, diagnoses, admitted_at::text AS at "
                + "FROM encounter WHERE id = ?", id).get(0);
        assertThat(encounter).containsEntry("type", "INPATIENT").containsEntry("insurance_type", "EMPLOYEE")
                .containsEntry("diagnoses", List.of("I21.000", "E11.900"));
        assertThat(((Number) encounter.get("hospital_level")).intValue()).isEqualTo(3);
    }

    @Test
    void aCleanOrderHasNoViolations() {
        post(TestUsers.his(), message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1)))).statusCode(200)
                .body("infcode", equalTo(0))
                .body("output.verdict", equalTo("PASS"))
                .body("output.result", empty());
    }

    @Test
    void badFieldsAreNamedByTheirPlatformPathAndNothingIsRecorded() {
        var before = Db.orderTableCounts();
        problem(message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1), order("2", PLAIN, "abc", 2, 1))),
                ORDERS + "[1].cnt");
        problem(message(newEncounterId(), List.of(order("1", PLAIN, -1, 2, 1))), ORDERS + "[0].cnt");
        problem(message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1), order("1", PLAIN, 1, 2, 1))),
                ORDERS + "[1].rx_id");
        problem(message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 0))), ORDERS);
        problem(message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1), order("2", PLAIN, 1, 2.001, 1))),
                ORDERS + "[1].pric");
        var unmapped = message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1)));
        encounterOf(unmapped).put("insutype", "999");
        problem(unmapped, "input.data.patient_dtos[0].fsi_encounter_dtos[0].insutype");
        var badTime = message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1)));
        encounterOf(badTime).put("adm_date", "yesterday");
        problem(badTime, "input.data.patient_dtos[0].fsi_encounter_dtos[0].adm_date");
        var wrongShape = message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1)));
        encounterOf(wrongShape).put("medins_lv", Map.of("code", "02"));
        problem(wrongShape, "input.data.patient_dtos[0].fsi_encounter_dtos[0].medins_lv");
        assertThat(Db.orderTableCounts()).isEqualTo(before);
    }

    @Test
    void aPhysicianChecksOnlyTheirDepartmentHere_too() {
        var msg = message(newEncounterId(), List.of(order("1", PLAIN, 1, 2, 1)));
        post(TestUsers.physician("GAST", "D11"), msg).statusCode(403)
                .body("errors[0].field", equalTo("input.data.patient_dtos[0].fsi_encounter_dtos[0].adm_dept_codg"));
        post(TestUsers.physician("CARD", "D01"), msg).statusCode(200).body("output.verdict", equalTo("PASS"));
        post(TestUsers.nurse("CARD", "W3"), msg).statusCode(403);
    }

    static void problem(Map<String, Object> body, String field) {
        post(TestUsers.his(), body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> encounterOf(Map<String, Object> msg) {
        var data = (Map<String, Object>) ((Map<String, Object>) msg.get("input")).get("data");
        var patient = ((List<Map<String, Object>>) data.get("patient_dtos")).get(0);
        var encounters = new ArrayList<>((List<Map<String, Object>>) patient.get("fsi_encounter_dtos"));
        return encounters.get(0);
    }

    @Test
    void theShapeIsDocumentedInOpenApi() {
        given().auth().oauth2(TestUsers.admin()).accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/nhsa/3101'.post.summary", containsString("3101"))
                .body("components.schemas.Nhsa3101Request.properties", org.hamcrest.Matchers.hasKey("input"))
                .body("components.schemas.Nhsa3101Patient.properties", org.hamcrest.Matchers.hasKey("fsi_encounter_dtos"))
                .body("components.schemas.Nhsa3101Order.properties", org.hamcrest.Matchers.hasKey("hilist_code"))
                .body("components.schemas.Nhsa3101Violation.properties", org.hamcrest.Matchers.hasKey("vola_cont"));
    }
}
