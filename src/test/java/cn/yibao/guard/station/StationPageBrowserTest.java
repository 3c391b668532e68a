package cn.yibao.guard.station;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.yibao.guard.order.support.OrderTestData;
import cn.yibao.guard.order.support.OrderTestProfile;
import cn.yibao.guard.order.support.Orders;
import cn.yibao.guard.support.TestUsers;
import cn.yibao.guard.support.browser.ChromiumAvailable;
import cn.yibao.guard.support.browser.StationBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The station page end to end in headless Chromium, as a nurse uses it: demo sign-in, an order checked over
 * REST raises an alert that appears on the page, she overrides it with a reason and sees the state change,
 * and the REST view agrees. The critical hit comes from the order tests' female-only drug ordered for a man
 * ({@link OrderTestData}).
 */
@QuarkusTest
@TestProfile(OrderTestProfile.class)
@ExtendWith(ChromiumAvailable.class)
class StationPageBrowserTest {

    @BeforeEach
    void catalogueAndRules() {
        OrderTestData.ensure();
    }

    static final Path SCREENSHOT = Path.of("target/station-page.png");

    @TestHTTPResource("/station/")
    URL stationPage;

    static StationBrowser browser;

    @BeforeAll
    static void launch() {
        // Alerts are written in batches after the check commits: allow a busy build machine some time.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        browser = StationBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNurseSeesTheAlertArriveOverridesItAndTheStateChanges() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(stationPage.toString());
            page.getByLabel("演示用户").selectOption("nurse.li");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
            assertThat(page.locator("#station-name")).hasText("护士站 · W3");
            assertThat(page.locator("#connection")).hasText("已连接");

            String encounter = Orders.newEncounterId();
            given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                    .body(Orders.request(Orders.encounter(encounter, "CARD"),
                            Orders.line("O-1", OrderTestData.BLOCKED, 1)))
                    .post("/api/v1/orders").then().statusCode(200);

            Locator card = page.locator("li.alert").filter(new Locator.FilterOptions().setHasText(encounter));
            assertThat(card).hasAttribute("data-state", "OPEN");
            assertThat(card.locator(".severity")).hasText("严重");
            assertThat(card.locator(".lines-ids")).hasText("相关医嘱：O-1（项目 " + OrderTestData.BLOCKED + "）");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));

            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("忽略并说明")).click();
            card.getByLabel("原因").selectOption("CLINICAL_NEED");
            card.getByLabel("说明").fill("抢救需要，已与家属沟通");
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交")).click();

            assertThat(card).hasAttribute("data-state", "OVERRIDDEN");
            assertThat(card.locator(".state")).hasText("已忽略");
            assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);

            String id = card.getAttribute("data-alert-id");
            assertThat(page.locator("#problem")).isHidden();
            given().auth().oauth2(TestUsers.nurse("CARD", "W3"))
                    .queryParam("station", "nurse/W3").queryParam("state", "OVERRIDDEN")
                    .get("/api/v1/alerts").then().statusCode(200)
                    .body("items.find { it.id == " + Long.parseLong(id) + " }.state", equalTo("OVERRIDDEN"))
                    .body("items.find { it.id == " + Long.parseLong(id) + " }.encounterId", equalTo(encounter));
        }
    }

    @Test
    void aPhysicianAcknowledgesFromTheKeyboardAndKeepsHisPlace() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(stationPage.toString());
            page.getByLabel("演示用户").selectOption("dr.zhang");
            // Keyboard only: from the user list, Tab to 登录 and press Enter.
            page.getByLabel("演示用户").focus();
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.locator("#station-name")).hasText("医生工作站 · D01");
            assertThat(page.locator("#connection")).hasText("已连接");

            String encounter = Orders.newEncounterId();
            given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON)
                    .body(Orders.request(Orders.encounter(encounter, "CARD"),
                            Orders.line("O-7", OrderTestData.BLOCKED, 1)))
                    .post("/api/v1/orders").then().statusCode(200);

            Locator card = page.locator("li.alert").filter(new Locator.FilterOptions().setHasText(encounter));
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认")).press("Enter");

            assertThat(card).hasAttribute("data-state", "ACKNOWLEDGED");
            assertThat(card.locator(".state")).hasText("已确认");
            assertThat(card).isFocused();
        }
    }
}
