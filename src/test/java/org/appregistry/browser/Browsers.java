package org.appregistry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, driven by Playwright, for one test class ({@code @RegisterExtension static}).
 * Each {@link #newSession()} is a browser context of its own, so two users can be signed in at
 * once. When a test fails, every page it opened leaves a screenshot, its HTML and its console
 * errors and failed HTTP calls in {@code target/browser/}.
 * <p>
 * Needs Chromium at {@code /usr/bin/chromium} ({@code apt-get install -y chromium}) or wherever
 * the system property {@code browser.chromium} points; Playwright's own browser download is
 * switched off.
 */
public final class Browsers implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback,
        AfterEachCallback {

    static final Path ARTIFACTS = Path.of("target", "browser");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic");

    private Playwright playwright;
    private Browser browser;
    private final List<Session> sessions = new ArrayList<>();

    private record Session(BrowserContext context, Page page, List<String> log) {
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        Path chromium = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        // a fresh machine without Chromium still passes ./mvnw verify; .ci/run installs it, so CI runs these
        Assumptions.assumeTrue(Files.isExecutable(chromium), () -> "browser tests skipped: Chromium not found at "
                + chromium + " (apt-get install -y chromium, or set -Dbrowser.chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS));
        // two cores shared with other work: the webapps may take a while to render
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** A fresh browser (own cookies, own login) with one page. */
    public Page newSession() {
        return newSession(1400, 1000);
    }

    /** A fresh browser with a window of this size, e.g. a phone's. */
    public Page newSession(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        List<String> log = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                log.add("console: " + message.text());
            }
        });
        page.onPageError(error -> log.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                log.add(response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        sessions.add(new Session(context, page, log));
        return page;
    }

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (extension.getExecutionException().isEmpty()) {
            return;
        }
        String test = extension.getRequiredTestClass().getSimpleName() + "."
                + extension.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(ARTIFACTS);
            for (int i = 0; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                String name = test + "-" + (i + 1);
                session.page().screenshot(new Page.ScreenshotOptions().setPath(ARTIFACTS.resolve(name + ".png")));
                Files.writeString(ARTIFACTS.resolve(name + ".html"), session.page().content());
                Files.write(ARTIFACTS.resolve(name + ".log"), session.log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the browser may be what broke; the test's own failure is the one to report
            extension.publishReportEntry("screenshot", "failed: " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        sessions.forEach(session -> session.context().close());
        sessions.clear();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
