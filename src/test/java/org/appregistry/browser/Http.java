package org.appregistry.browser;

import com.microsoft.playwright.Response;

/** What the webapps' calls to the engine answered. */
final class Http {

    private Http() {
    }

    /** Fails with the status and body of an engine answer that is not a success. */
    static void requireOk(Response response) {
        if (response.status() >= 300) {
            throw new AssertionError(response.request().method() + " " + response.url() + " answered "
                    + response.status() + ": " + response.text());
        }
    }
}
