package cn.yibao.guard.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless system Chromium driven by Playwright. Playwright's driver (Node.js and its scripts) comes from Maven
 * Central in the {@code driver-bundle} jar and is unpacked into {@code java.io.tmpdir}; it never downloads a
 * browser here, and its browser cache points into {@code target/}, so nothing is written to the home directory.
 */
public final class StationBrowser implements AutoCloseable {

    /** The Chromium to drive; {@code /usr/bin/chromium} (Debian's package) unless set. */
    public static final String CHROMIUM_ENV = "STATION_BROWSER_CHROMIUM";
    /** When true (CI), a missing Chromium fails the browser tests instead of skipping them. */
    public static final String REQUIRED_ENV = "STATION_BROWSER_TEST_REQUIRED";
    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private StationBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static StationBrowser launch() {
        Path chromium = chromium().orElseThrow(() -> new IllegalStateException("No Chromium at " + chromiumPath()));
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_BROWSERS_PATH", Path.of("target/playwright-browsers").toAbsolutePath().toString())));
        try {
            // Playwright starts Chromium without its sandbox by default, which root in a container needs.
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true).setEnv(browserEnvironment()));
            return new StationBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Chromium's own caches and settings (dconf, fontconfig) go under target/ rather than the home directory. */
    private static Map<String, String> browserEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        Path home = Path.of("target/chromium-home").toAbsolutePath();
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        return env;
    }

    /** A fresh browser profile (no storage shared with other tests) with a phone-sized screen. */
    public BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
    }

    public static Path chromiumPath() {
        String configured = System.getenv(CHROMIUM_ENV);
        return configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Path.of(configured);
    }

    static Optional<Path> chromium() {
        Path path = chromiumPath();
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRED_ENV));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
