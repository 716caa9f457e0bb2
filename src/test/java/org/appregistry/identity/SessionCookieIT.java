package org.appregistry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld;
import org.appregistry.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Issue 9, low: the webapps' session cookie had no Secure flag when served over https behind a
 * proxy, so a browser would send it over plain http too. The node now takes the scheme from the
 * proxy in front (X-Forwarded-Proto, from proxies on internal addresses only).
 */
class SessionCookieIT extends IntegrationTest {

    /** The start page opens the session that the login then authenticates. */
    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() {
        Reply page = new WebappSession(port).get("/camunda/app/tasklist/default/",
                Map.of("X-Forwarded-Proto", "https"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(sessionCookie(page)).contains("; Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void overPlainHttpItStaysUsableForTheDemo() {
        String developer = world.vendor().developer();

        Reply login = new WebappSession(port).logIn("tasklist", developer, TestWorld.password(developer));

        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(sessionCookie(login)).doesNotContain("Secure");
    }

    private static String sessionCookie(Reply reply) {
        List<String> cookies = reply.headers().getOrEmpty(HttpHeaders.SET_COOKIE);
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
