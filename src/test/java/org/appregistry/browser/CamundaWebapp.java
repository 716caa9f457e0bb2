package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** What Tasklist and Cockpit share: the login page of the Camunda webapps. */
final class CamundaWebapp {

    private CamundaWebapp() {
    }

    /** Opens {@code /camunda/app/{app}/} and signs in there. */
    static void logIn(Page page, String baseUrl, String app, String userId, String password) {
        page.navigate(baseUrl + "/camunda/app/" + app + "/");
        Locator username = page.getByPlaceholder("Username");
        Locator passwordField = page.getByPlaceholder("Password");
        // the login page moves the focus to the user name field while it settles; typing before
        // that sends the password into the user name
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(username).isFocused();
        username.fill(userId);
        passwordField.fill(password);
        assertThat(username).hasValue(userId);
        assertThat(passwordField).hasValue(password);
        page.locator("button[type=submit]").click();
        assertThat(page.getByPlaceholder("Password")).isHidden();
    }
}
