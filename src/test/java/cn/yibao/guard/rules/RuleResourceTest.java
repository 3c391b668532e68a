package cn.yibao.guard.rules;

import static cn.yibao.guard.rules.RuleFixtures.hitsFor;
import static cn.yibao.guard.rules.RuleFixtures.sexRule;
import static cn.yibao.guard.rules.RuleFixtures.uniqueCode;
import static cn.yibao.guard.rules.RuleFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.yibao.guard.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class RuleResourceTest {

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> create(Map<String, Object> body) {
        return as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(201).extract().jsonPath()
                .getMap("");
    }

    static Map<String, Object> edit(String id, int expectedVersion, String code, int sex) {
        Map<String, Object> body = new java.util.HashMap<>(sexRule(null, code));
        body.put("expectedVersion", expectedVersion);
        body.put("parameters", Map.of("items", List.of(code), "sex", sex));
        body.put("name", "测试限性别 v" + (expectedVersion + 1));
        return body;
    }

    @Test
    void officerCreatesARuleThatTheBookAppliesAtOnce() {
        String code = uniqueCode();
        String id = uniqueId("sex");
        String createdAt = as(TestUsers.officer()).body(sexRule(id, code)).post("/api/v1/rules").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/rules/" + id))
                .body("id", equalTo(id)).body("version", equalTo(1)).body("enabled", equalTo(true))
                .body("current", equalTo(true)).body("source", equalTo("local")).body("createdBy", equalTo("officer"))
                .body("parameters.sex", equalTo(2)).body("parameters.items", equalTo(List.of(code)))
                .body("createdAt", endsWith("+08:00")).extract().path("createdAt");

        as(TestUsers.physician("CARD", "D01")).get("/api/v1/rules/" + id).then().statusCode(200)
                .body("template", equalTo("SEX_RESTRICTION")).body("note", equalTo("测试用"))
                .body("createdAt", equalTo(createdAt));

        assertThat(hitsFor(code)).singleElement().satisfies(h -> {
            assertThat(h.ruleId()).isEqualTo(id);
            assertThat(h.ruleVersion()).isEqualTo(1);
            assertThat(h.message()).isEqualTo("【限性别】测试项目 限女性使用，患者为男性");
            assertThat(h.note()).isEqualTo("测试用");
        });
    }

    @Test
    void serverAssignsAnIdWhenNoneIsGiven() {
        as(TestUsers.admin()).body(sexRule(null, uniqueCode())).post("/api/v1/rules").then().statusCode(201)
                .body("id", matchesPattern("R-[0-9]+")).body("createdBy", equalTo("admin"));
    }

    @Test
    void anExistingIdIsAConflict() {
        String id = uniqueId("dup");
        create(sexRule(id, uniqueCode()));
        as(TestUsers.officer()).body(sexRule(id, uniqueCode())).post("/api/v1/rules").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(id));
    }

    @Test
    void theServersIdFormIsReserved() {
        as(TestUsers.officer()).body(sexRule("R-99999", uniqueCode())).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as(TestUsers.officer()).body(sexRule("bad id!", uniqueCode())).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void anEditIsANewVersionAndOldVersionsStayReadable() {
        String code = uniqueCode();
        String id = uniqueId("edit");
        create(sexRule(id, code));
        as(TestUsers.officer()).body(edit(id, 1, code, 1)).put("/api/v1/rules/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("parameters.sex", equalTo(1)).body("name", equalTo("测试限性别 v2"));

        as(TestUsers.supervisor()).get("/api/v1/rules/" + id + "/versions").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].version", equalTo(1)).body("[0].current", equalTo(false)).body("[0].parameters.sex",
                        equalTo(2))
                .body("[1].version", equalTo(2)).body("[1].current", equalTo(true));
        as(TestUsers.officer()).get("/api/v1/rules/" + id).then().body("version", equalTo(2));
        // Male-only now: the male patient passes, and nothing cites version 1 any more.
        assertThat(hitsFor(code)).isEmpty();

        as(TestUsers.officer()).body(edit(id, 2, code, 2)).put("/api/v1/rules/" + id).then().statusCode(200);
        assertThat(hitsFor(code)).singleElement().satisfies(h -> assertThat(h.ruleVersion()).isEqualTo(3));
        as(TestUsers.officer()).get("/api/v1/rules/" + id + "/events").then().statusCode(200)
                .body("event", equalTo(List.of("CREATED", "EDITED", "EDITED")))
                .body("by", equalTo(List.of("officer", "officer", "officer")));
    }

    @Test
    void anEditFromAnOldVersionIsAConflictAndChangesNothing() {
        String code = uniqueCode();
        String id = uniqueId("stale");
        create(sexRule(id, code));
        as(TestUsers.officer()).body(edit(id, 1, code, 1)).put("/api/v1/rules/" + id).then().statusCode(200);
        as(TestUsers.admin()).body(edit(id, 1, code, 2)).put("/api/v1/rules/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409))
                .body("detail", containsString("version 2"));
        as(TestUsers.officer()).get("/api/v1/rules/" + id).then().body("version", equalTo(2))
                .body("parameters.sex", equalTo(1));
    }

    @Test
    void twoOfficersEditingAtOnceCannotOverwriteEachOther() throws Exception {
        String code = uniqueCode();
        String id = uniqueId("race");
        create(sexRule(id, code));
        String officer = TestUsers.officer();
        String admin = TestUsers.admin();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                int expected = round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (String token : List.of(officer, admin)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return as(token).body(edit(id, expected, code, 1 + expected % 2)).put("/api/v1/rules/" + id)
                                .then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : results) {
                    statuses.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        as(TestUsers.officer()).get("/api/v1/rules/" + id + "/versions").then().body("", hasSize(4));
    }

    @Test
    void badParametersAreRefusedNamingTheParameterAndNothingIsStored() {
        String id = uniqueId("bad");
        Map<String, Object> body = new java.util.HashMap<>(sexRule(id, uniqueCode()));
        body.put("template", "QUANTITY_PER_DAY");
        body.put("parameters", Map.of("items", List.of("X"), "maxPerDay", 0));
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("parameters.maxPerDay"))
                .body("errors[0].message", equalTo("must be > 0"));
        as(TestUsers.officer()).get("/api/v1/rules/" + id).then().statusCode(404)
                .contentType("application/problem+json");

        body.put("parameters", Map.of("items", List.of("X"), "maxPerDay", "2"));
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("parameters.maxPerDay"));
        body.put("parameters", Map.of("items", List.of("X"), "maxPerDay", 2, "perWeek", 3));
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("parameters.perWeek"));
    }

    @Test
    void unknownTemplateAndMissingFieldsAreNamed() {
        Map<String, Object> body = new java.util.HashMap<>(sexRule(uniqueId("t"), uniqueCode()));
        body.put("template", "NO_SUCH_TEMPLATE");
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("template"))
                .body("errors[0].message", containsString("unknown template"));

        body = new java.util.HashMap<>(sexRule(uniqueId("t"), uniqueCode()));
        body.remove("severity");
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .body("errors.field", hasItem("severity"));

        body = new java.util.HashMap<>(sexRule(uniqueId("t"), uniqueCode()));
        body.put("severity", "HIGH");
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("severity"));

        body = new java.util.HashMap<>(sexRule(uniqueId("t"), uniqueCode()));
        body.put("severity", "WARNING");
        as(TestUsers.officer()).body(body).post("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));

        as(TestUsers.officer()).body("{\"template\": ").post("/api/v1/rules").then().statusCode(400)
                .contentType("application/problem+json");
        as(TestUsers.officer()).post("/api/v1/rules").then().statusCode(400)
                .contentType("application/problem+json");

        Map<String, Object> edit = edit(uniqueId("x"), 1, uniqueCode(), 1);
        edit.remove("expectedVersion");
        as(TestUsers.officer()).body(edit).put("/api/v1/rules/whatever").then().statusCode(400)
                .body("errors.field", hasItem("expectedVersion"));
    }

    @Test
    void unknownRulesAreNotFound() {
        as(TestUsers.officer()).get("/api/v1/rules/" + uniqueId("none")).then().statusCode(404)
                .contentType("application/problem+json");
        as(TestUsers.officer()).get("/api/v1/rules/" + uniqueId("none") + "/versions").then().statusCode(404);
        as(TestUsers.officer()).post("/api/v1/rules/" + uniqueId("none") + "/enable").then().statusCode(404);
        as(TestUsers.officer()).body(edit("x", 1, uniqueCode(), 1)).put("/api/v1/rules/" + uniqueId("none")).then()
                .statusCode(404);
    }

    @Test
    void disablingTakesTheRuleOutOfTheBookAndIsRecorded() {
        String code = uniqueCode();
        String id = uniqueId("toggle");
        create(sexRule(id, code));
        assertThat(hitsFor(code)).hasSize(1);

        as(TestUsers.officer()).post("/api/v1/rules/" + id + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false)).body("changedBy", equalTo("officer"));
        assertThat(hitsFor(code)).isEmpty();
        as(TestUsers.admin()).post("/api/v1/rules/" + id + "/disable").then().statusCode(200)
                .body("changedBy", equalTo("officer"));

        as(TestUsers.admin()).post("/api/v1/rules/" + id + "/enable").then().statusCode(200)
                .body("enabled", equalTo(true)).body("changedBy", equalTo("admin"));
        assertThat(hitsFor(code)).hasSize(1);

        Response events = as(TestUsers.officer()).get("/api/v1/rules/" + id + "/events");
        events.then().statusCode(200).body("event", equalTo(List.of("CREATED", "DISABLED", "ENABLED")))
                .body("by", equalTo(List.of("officer", "officer", "admin")));
        assertThat(events.jsonPath().getList("at", String.class)).allSatisfy(at -> assertThat(at).isNotBlank());
    }

    @Test
    void aRuleCreatedDisabledIsNotInTheBook() {
        String code = uniqueCode();
        Map<String, Object> body = new java.util.HashMap<>(sexRule(uniqueId("off"), code));
        body.put("enabled", false);
        create(body);
        assertThat(hitsFor(code)).isEmpty();
    }

    @Test
    void listFiltersAndPages() {
        String id = uniqueId("list");
        create(sexRule(id, uniqueCode()));
        as(TestUsers.officer()).post("/api/v1/rules/" + id + "/disable").then().statusCode(200);
        Response page = as(TestUsers.officer()).queryParam("template", "SEX_RESTRICTION")
                .queryParam("enabled", "false").queryParam("size", 500).get("/api/v1/rules");
        page.then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(500));
        assertThat(page.jsonPath().getList("items.id", String.class)).contains(id);
        assertThat(page.jsonPath().getList("items.enabled", Boolean.class)).containsOnly(false);
        assertThat(page.jsonPath().getList("items.template", String.class)).containsOnly("SEX_RESTRICTION");

        Response first = as(TestUsers.officer()).queryParam("size", 1).get("/api/v1/rules");
        Response second = as(TestUsers.officer()).queryParam("size", 1).queryParam("page", 1).get("/api/v1/rules");
        first.then().statusCode(200).body("items", hasSize(1));
        assertThat(first.jsonPath().getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(second.jsonPath().getString("items[0].id"))
                .isGreaterThan(first.jsonPath().getString("items[0].id"));

        as(TestUsers.officer()).queryParam("size", 0).get("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(TestUsers.officer()).queryParam("enabled", "maybe").get("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("enabled"));
        as(TestUsers.officer()).queryParam("template", "NOPE").get("/api/v1/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("template"));
    }

    @Test
    void templatesAreDocumented() {
        as(TestUsers.physician("CARD", "D01")).get("/api/v1/rules/templates").then().statusCode(200)
                .body("id", hasItem("SEX_RESTRICTION")).body("id", hasItem("INSURANCE_TYPE_CHANGE"))
                .body("find { it.id == 'SEX_RESTRICTION' }.name", equalTo("限性别"))
                .body("find { it.id == 'SEX_RESTRICTION' }.parameters.find { it.name == 'sex' }.catalogueField",
                        equalTo("ItemRestrictions.sex"))
                .body("find { it.id == 'ITEM_EXCLUDES' }.parameters.find { it.name == 'window' }.defaultValue",
                        equalTo("STAY"));
        assertThat(as(TestUsers.officer()).get("/api/v1/rules/templates").jsonPath().getList("id")).hasSize(21);
    }

    @Test
    void onlyOfficersAndAdminsWriteAndNursesDoNotRead() {
        String id = uniqueId("auth");
        given().get("/api/v1/rules").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(sexRule(id, uniqueCode())).post("/api/v1/rules").then()
                .statusCode(401);
        as(TestUsers.physician("CARD", "D01")).body(sexRule(id, uniqueCode())).post("/api/v1/rules").then()
                .statusCode(403).contentType("application/problem+json");
        as(TestUsers.supervisor()).body(sexRule(id, uniqueCode())).post("/api/v1/rules").then().statusCode(403);
        as(TestUsers.his()).get("/api/v1/rules").then().statusCode(403);
        as(TestUsers.nurse("CARD", "W3")).get("/api/v1/rules").then().statusCode(403);
        as(TestUsers.officer()).get("/api/v1/rules/" + id).then().statusCode(404);

        create(sexRule(id, uniqueCode()));
        as(TestUsers.physician("CARD", "D01")).post("/api/v1/rules/" + id + "/disable").then().statusCode(403);
        as(TestUsers.supervisor()).body(edit(id, 1, uniqueCode(), 1)).put("/api/v1/rules/" + id).then()
                .statusCode(403);
        as(TestUsers.supervisor()).get("/api/v1/rules/" + id).then().statusCode(200).body("enabled", equalTo(true))
                .body("version", equalTo(1));
    }
}
