package org.appregistry.environments;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.Base64;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * A token request's parameters (RFC 6749 §4.4.2) and the client's credentials, from the form
 * (client_secret_post, private_key_jwt per RFC 7521 §4.2) or from HTTP Basic
 * (client_secret_basic). Empty parameters count as absent (RFC 6749 §3.1).
 *
 * @param basic whether the client ID and secret came from HTTP Basic
 */
record TokenRequest(String grantType, String scope, String clientId, String clientSecret, boolean basic,
        String assertionType, String assertion) {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static final List<String> PARAMETERS = List.of("grant_type", "scope", "client_id", "client_secret",
            "client_assertion_type", "client_assertion");
    private static final String BASIC = "Basic ";

    /**
     * @param authorization the Authorization header, or null; schemes other than Basic are not
     *                      client authentication and are ignored
     * @throws TokenError {@code invalid_request} for a repeated parameter or more than one way of
     *                    authenticating (RFC 6749 §3.2, §2.3); {@code invalid_client} for a Basic
     *                    header that cannot be read
     */
    static TokenRequest of(MultiValueMap<String, String> form, String authorization) {
        for (String name : PARAMETERS) {
            List<String> values = form.get(name);
            if (values != null && values.size() > 1) {
                throw TokenError.invalidRequest("the parameter " + name + " is repeated");
            }
        }
        String grantType = value(form, "grant_type");
        String scope = value(form, "scope");
        String clientId = value(form, "client_id");
        String secret = value(form, "client_secret");
        String assertionType = value(form, "client_assertion_type");
        String assertion = value(form, "client_assertion");
        boolean viaBasic = usesBasic(authorization);
        int methods = (viaBasic ? 1 : 0) + (secret != null ? 1 : 0)
                + (assertion != null || assertionType != null ? 1 : 0);
        if (methods > 1) {
            throw TokenError.invalidRequest("the client must authenticate in exactly one way: HTTP Basic, "
                    + "client_secret or client_assertion");
        }
        if (!viaBasic) {
            return new TokenRequest(grantType, scope, clientId, secret, false, assertionType, assertion);
        }
        String[] basic = basicCredentials(authorization);
        if (clientId != null && !clientId.equals(basic[0])) {
            throw TokenError.invalidClient("client_id is not the client of the Authorization header");
        }
        return new TokenRequest(grantType, scope, basic[0], basic[1], true, null, null);
    }

    static boolean usesBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    /** The client ID and secret, each form-encoded before they were joined (RFC 6749 §2.3.1). */
    private static String[] basicCredentials(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw TokenError.invalidClient("the Authorization header holds no client ID and secret");
            }
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), UTF_8)};
        } catch (IllegalArgumentException e) {
            throw TokenError.invalidClient("the Authorization header is not valid HTTP Basic");
        }
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Without the secret and the assertion, so that no log ever holds them. */
    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + ", scope=" + scope + ", clientId=" + clientId
                + ", basic=" + basic + ", assertionType=" + assertionType + "]";
    }
}
