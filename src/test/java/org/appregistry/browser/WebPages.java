package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The application's own web pages as a person uses them: signed in with the form (the Tasklist
 * account), found by the names a person reads. {@link #picture} keeps a screenshot for the
 * visual guide when the run asks for one ({@code -Dguide.dir=docs/guide}).
 */
public final class WebPages {

    private final Page page;
    private final String baseUrl;

    private WebPages(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public static WebPages anonymous(Page page, String baseUrl) {
        return new WebPages(page, baseUrl);
    }

    /** Signs in on the sign-in page and lands on the start page, which greets the user. */
    public static WebPages signIn(Page page, String baseUrl, String userId, String password) {
        WebPages pages = new WebPages(page, baseUrl);
        page.navigate(baseUrl + "/sign-in");
        page.getByLabel("User name").fill(userId);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header .who")).containsText("Signed in as " + userId);
        return pages;
    }

    public Page page() {
        return page;
    }

    /** Follows a link of the navigation or the page by its text. */
    public WebPages follow(String link) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).first().click();
        return this;
    }

    public WebPages open(String path) {
        Response response = page.navigate(baseUrl + path);
        if (response.status() >= 400) {
            throw new AssertionError(path + " answered " + response.status());
        }
        return this;
    }

    /** Opens a path that must be refused with this status, showing a page that says so. */
    public WebPages expectRefused(String path, int status) {
        Response response = page.navigate(baseUrl + path);
        if (response.status() != status) {
            throw new AssertionError(path + " answered " + response.status() + ", not " + status);
        }
        assertThat(page.locator("main h1")).isVisible();
        return this;
    }

    public WebPages expectHeading(String heading) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))).not().hasCount(0);
        return this;
    }

    public WebPages expectText(String text) {
        assertThat(page.locator("main")).containsText(text);
        return this;
    }

    public WebPages expectNoText(String text) {
        assertThat(page.locator("main")).not().containsText(text);
        return this;
    }

    public WebPages fill(String label, String text) {
        page.getByLabel(label).fill(text);
        return this;
    }

    public WebPages check(String label) {
        page.getByLabel(label).check();
        return this;
    }

    public WebPages select(String label, String option) {
        page.getByLabel(label).selectOption(option);
        return this;
    }

    public WebPages upload(String label, Path file) {
        page.getByLabel(label).setInputFiles(file);
        return this;
    }

    public WebPages press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        return this;
    }

    /** A notice of the page (done, warning, problem) containing this text, in view. */
    public WebPages expectNotice(String text) {
        Locator notice = page.locator(".notice", new Page.LocatorOptions().setHasText(text));
        assertThat(notice.first()).isVisible();
        assertThat(notice.first()).isInViewport();
        return this;
    }

    /** The image with this text alternative has loaded, with this natural width. */
    public WebPages expectImageWidth(String alternative, int width) {
        Locator image = page.getByAltText(alternative);
        assertThat(image).isVisible();
        Object natural = image.evaluate("img => img.complete ? img.naturalWidth : -1");
        if (!Integer.valueOf(width).equals(natural)) {
            throw new AssertionError(alternative + " is " + natural + " pixels wide, expected " + width);
        }
        return this;
    }

    public Locator locator(String selector) {
        return page.locator(selector);
    }

    /** A screenshot of the whole page for docs/guide/, when the run was asked for one. */
    public WebPages picture(String name) {
        picture(page, name);
        return this;
    }

    static void picture(Page page, String name) {
        String dir = System.getProperty("guide.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
    }
}
