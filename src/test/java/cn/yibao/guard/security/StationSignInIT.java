package cn.yibao.guard.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.yibao.guard.support.browser.ChromiumAvailable;
import cn.yibao.guard.support.browser.StationBrowser;
import cn.yibao.guard.support.keycloak.KeycloakAvailable;
import cn.yibao.guard.support.keycloak.KeycloakResource;
import cn.yibao.guard.support.keycloak.KeycloakServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The station page's production sign-in in headless Chromium: the packaged service against the real Keycloak
 * with the hospital realm, authorization code flow with PKCE (the realm's stations client requires S256), and
 * the Keycloak token then opens the nurse station's socket.
 */
@QuarkusIntegrationTest
@ExtendWith({KeycloakAvailable.class, ChromiumAvailable.class})
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class StationSignInIT {

    @TestHTTPResource("/station/")
    URL stationPage;

    static StationBrowser browser;

    @BeforeAll
    static void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        browser = StationBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNurseSignsInAtKeycloakWithPkceAndHerStationConnects() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(stationPage.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统一身份认证登录")).click();

            page.waitForURL(Pattern.compile(".*/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/auth.*"
                    + "code_challenge_method=S256.*"));
            page.locator("#username").fill("nurse.li");
            page.locator("#password").fill(KeycloakServer.DEMO_PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page.locator("#station-name")).hasText("护士站 · W3");
            assertThat(page.locator("#connection")).hasText("已连接");
            assertThat(page.locator("#who")).containsText("CARD · W3");
            // The single-use code does not stay in the address bar.
            assertThat(page).hasURL(stationPage.toString());
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/station-sign-in.png")));

            page.waitForRequest(Pattern.compile(".*/protocol/openid-connect/logout.*"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click());
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统一身份认证登录")))
                    .isVisible();
        }
    }
}
