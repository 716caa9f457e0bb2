package org.appregistry.environments;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Reading a token request's parameters and the client's credentials from the form or HTTP Basic. */
class TokenRequestTest {

    static final String CLIENT = "9b1f6c1e-6a53-4a52-8d8e-1f2d3c4b5a69";
    static final String SECRET = "s3cr3t+with:colon&more";

    static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(UTF_8));
    }

    @Test
    void readsClientSecretPost() {
        TokenRequest request = TokenRequest.of(form("grant_type", "client_credentials", "scope", "a b",
                "client_id", CLIENT, "client_secret", SECRET), null);

        assertThat(request).isEqualTo(new TokenRequest("client_credentials", "a b", CLIENT, SECRET, false, null, null));
    }

    @Test
    void readsAClientAssertion() {
        TokenRequest request = TokenRequest.of(form("grant_type", "client_credentials",
                "client_assertion_type", TokenRequest.JWT_BEARER, "client_assertion", "a.b.c"), null);

        assertThat(request.assertionType()).isEqualTo(TokenRequest.JWT_BEARER);
        assertThat(request.assertion()).isEqualTo("a.b.c");
        assertThat(request.clientSecret()).isNull();
    }

    @Test
    void emptyParametersCountAsAbsent() {
        TokenRequest request = TokenRequest.of(form("grant_type", "", "scope", "", "client_secret", ""), null);

        assertThat(request).isEqualTo(new TokenRequest(null, null, null, null, false, null, null));
    }

    @Test
    void readsClientSecretBasicWhosePartsAreFormEncoded() {
        // RFC 6749 §2.3.1: each part is form-encoded before they are joined with ':'
        TokenRequest request = TokenRequest.of(form("grant_type", "client_credentials"),
                basic(CLIENT + ":s3cr3t%2Bwith%3Acolon%26more"));

        assertThat(request).isEqualTo(new TokenRequest("client_credentials", null, CLIENT, SECRET, true, null, null));
    }

    @Test
    void basicMayComeWithTheSameClientIdInTheForm() {
        assertThat(TokenRequest.of(form("client_id", CLIENT), basic(CLIENT + ":x")).clientId()).isEqualTo(CLIENT);

        assertThatThrownBy(() -> TokenRequest.of(form("client_id", "another"), basic(CLIENT + ":x")))
                .isInstanceOfSatisfying(TokenError.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
    }

    @Test
    void anUnreadableBasicHeaderIsInvalidClient() {
        for (String header : new String[] {"Basic !!!", basic("no-colon"), basic(CLIENT + ":%zz")}) {
            assertThatThrownBy(() -> TokenRequest.of(form(), header))
                    .isInstanceOfSatisfying(TokenError.class, e -> assertThat(e.isInvalidClient()).isTrue());
        }
    }

    @Test
    void otherAuthorizationSchemesAreNotClientAuthentication() {
        TokenRequest request = TokenRequest.of(form("client_id", CLIENT), "Bearer abc");

        assertThat(request.basic()).isFalse();
        assertThat(request.clientSecret()).isNull();
        assertThat(TokenRequest.usesBasic("basic abc")).isTrue();
        assertThat(TokenRequest.usesBasic("Bearer abc")).isFalse();
        assertThat(TokenRequest.usesBasic(null)).isFalse();
    }

    @Test
    void moreThanOneWayOfAuthenticatingIsInvalidRequest() {
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> TokenRequest.of(form("client_secret", SECRET), basic(CLIENT + ":" + SECRET)),
                () -> TokenRequest.of(form("client_assertion", "a.b.c"), basic(CLIENT + ":" + SECRET)),
                () -> TokenRequest.of(form("client_secret", SECRET, "client_assertion_type", TokenRequest.JWT_BEARER),
                        null))) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(TokenError.class, e -> assertThat(e.error()).isEqualTo("invalid_request"))
                    .hasMessageContaining("exactly one way");
        }
    }

    @Test
    void aRepeatedParameterIsInvalidRequest() {
        assertThatThrownBy(() -> TokenRequest.of(form("client_assertion", "a.b.c", "client_assertion", "d.e.f"), null))
                .isInstanceOfSatisfying(TokenError.class, e -> assertThat(e.error()).isEqualTo("invalid_request"))
                .hasMessageContaining("client_assertion is repeated");
    }

    @Test
    void toStringShowsNeitherSecretNorAssertion() {
        String text = TokenRequest.of(form("client_id", CLIENT, "client_secret", SECRET), null).toString()
                + TokenRequest.of(form("client_assertion_type", TokenRequest.JWT_BEARER, "client_assertion",
                        "header.payload.signature"), null);

        assertThat(text).contains(CLIENT).doesNotContain(SECRET).doesNotContain("payload");
    }
}
