package cn.yibao.guard.order.support;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import cn.yibao.guard.catalog.Catalog;
import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.support.TestUsers;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;

/**
 * The catalogue items, HIS code and rules the order check's tests order against, put in place through the
 * product's own REST API as an insurance officer would. Other tests may replace the whole catalogue, so every
 * order test makes sure of them before it runs; the calls change nothing when everything is already there.
 * The rules name these items only, so they never judge another test's orders.
 */
public final class OrderTestData {

    /** 甲类 drug paid for at most {@link #STAY_CAP} units per stay. */
    public static final String CAPPED = "XC01CAP00010101";
    /** A drug payable for women only; the tests' patients are men, so it blocks. */
    public static final String BLOCKED = "XB01BLK00010101";
    /** 丙类: self-pay, answered with a notice. */
    public static final String SELF_PAY = "XS00SELF0010101";
    /** 甲类, no restriction. */
    public static final String PLAIN = "XA00PLAIN010101";
    /** The HIS local code mapped to {@link #CAPPED}; the demo catalogue maps none like it. */
    public static final String CAPPED_HIS_CODE = "HT-ORDER-CAP";
    /** The generic name only {@link #PLAIN} carries, also when the demo catalogue (with its aspirin) is loaded. */
    public static final String PLAIN_GENERIC = "订单测试阿司匹林";
    public static final BigDecimal STAY_CAP = BigDecimal.TEN;

    public static final String CAP_RULE = "order-test.stay-cap";
    public static final String BLOCK_RULE = "order-test.female-only";
    public static final String SELF_PAY_RULE = "order-test.self-pay";

    private static final String ITEMS = "/api/v1/catalog/items/";
    private static final String RULES = "/api/v1/rules/";
    private static final Matcher<Integer> CREATED_OR_REPLACED = Matchers.oneOf(200, 201);

    private OrderTestData() {
    }

    /** Puts the items, the code mapping and the enabled rules in place (idempotent). */
    public static void ensure() {
        if (!catalogueComplete()) {
            item(CAPPED, "限量药", "A", "限量通用名", Map.of("maxQuantityPerStay", STAY_CAP));
            item(BLOCKED, "限女性药", "A", null, Map.of("sex", 2));
            item(SELF_PAY, "自费药", "C", null, null);
            item(PLAIN, "阿司匹林肠溶片", "A", PLAIN_GENERIC, null);
            given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON)
                    .body(Map.of("hisCode", CAPPED_HIS_CODE, "hisName", "限量药(院内)", "nationalCode", CAPPED))
                    .put("/api/v1/catalog/code-map/" + CAPPED_HIS_CODE).then().statusCode(CREATED_OR_REPLACED);
        }
        rule(CAP_RULE, "QUANTITY_PER_STAY", "每次住院限量（测试）", Map.of("items", List.of(CAPPED),
                "maxPerStay", STAY_CAP), "WARNING", "CONFIRM", "VIOLATION");
        rule(BLOCK_RULE, "SEX_RESTRICTION", "限女性（测试）", Map.of("items", List.of(BLOCKED), "sex", 2),
                "CRITICAL", "BLOCK", "VIOLATION");
        rule(SELF_PAY_RULE, "SELF_PAY_NOTICE", "丙类自费提醒（测试）", Map.of("items", List.of(SELF_PAY),
                "classes", List.of("C")), "INFO", "NOTIFY", "SUSPICIOUS");
    }

    private static boolean catalogueComplete() {
        Catalog catalog = Arc.container().instance(CatalogService.class).get().snapshot();
        return catalog.resolve(CAPPED, null, null).isPresent() && catalog.resolve(BLOCKED, null, null).isPresent()
                && catalog.resolve(SELF_PAY, null, null).isPresent() && catalog.resolve(PLAIN, null, null).isPresent()
                && catalog.resolve(null, CAPPED_HIS_CODE, null).map(i -> i.code().equals(CAPPED)).orElse(false);
    }

    private static void item(String code, String name, String paymentClass, String genericName,
            Map<String, Object> restrictions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "DRUG");
        body.put("paymentClass", paymentClass);
        body.put("genericName", genericName);
        body.put("unit", "片");
        body.put("restrictions", restrictions);
        given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON).body(body).put(ITEMS + code)
                .then().statusCode(CREATED_OR_REPLACED);
    }

    private static void rule(String id, String template, String name, Map<String, Object> parameters,
            String severity, String action, String judgement) {
        int status = given().auth().oauth2(TestUsers.officer()).get(RULES + id).then().extract().statusCode();
        if (status == 404) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("template", template);
            body.put("name", name);
            body.put("parameters", parameters);
            body.put("severity", severity);
            body.put("action", action);
            body.put("judgement", judgement);
            given().auth().oauth2(TestUsers.officer()).contentType(ContentType.JSON).body(body).post(RULES)
                    .then().statusCode(201);
        } else if (!given().auth().oauth2(TestUsers.officer()).get(RULES + id).then().extract()
                .<Boolean>path("enabled")) {
            given().auth().oauth2(TestUsers.officer()).post(RULES + id + "/enable").then().statusCode(200);
        }
    }
}
