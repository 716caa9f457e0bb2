package org.appregistry.environments;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a private_key_jwt client authentication (RFC 7523 §2.2) in place of Spring Authorization
 * Server's converter, which requires {@code client_id}: SMART Backend Services clients send only
 * the assertion, whose {@code iss} names the client (RFC 7521 §4.2 makes {@code client_id}
 * optional; when sent, it must name the same client). The assertion's length is bounded before
 * it is parsed; its claims and signature are checked later ({@link ClientAssertionDecoders}).
 */
class ClientAssertionConverter implements AuthenticationConverter {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** Far above a real assertion (a few hundred bytes; a few KB with a certificate chain in x5c). */
    static final int MAX_ASSERTION_LENGTH = 16 * 1024;
    private static final ClientAuthenticationMethod METHOD = new ClientAuthenticationMethod(JWT_BEARER);

    @Override
    public Authentication convert(HttpServletRequest request) {
        String type = request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE);
        String assertion = request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION);
        if (isEmpty(type) && isEmpty(assertion)) {
            return null;
        }
        if (!JWT_BEARER.equals(type)) {
            throw TokenError.invalidClient("client_assertion_type must be " + JWT_BEARER);
        }
        if (isEmpty(assertion)) {
            throw TokenError.invalidClient("client_assertion is required with client_assertion_type");
        }
        if (assertion.length() > MAX_ASSERTION_LENGTH) {
            throw TokenError.invalidClient("the client assertion is longer than " + MAX_ASSERTION_LENGTH
                    + " characters");
        }
        String issuer;
        try {
            // unverified: only to find the client whose keys will verify it
            issuer = SignedJWT.parse(assertion).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw TokenError.invalidClient("the client assertion is not a signed JWT");
        }
        if (isEmpty(issuer) || issuer.isBlank()) {
            throw TokenError.invalidClient("the client assertion's iss and sub must both be the client ID");
        }
        String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
        if (!isEmpty(clientId) && !clientId.equals(issuer)) {
            throw TokenError.invalidClient("client_id is not the client the assertion names (iss)");
        }
        return new OAuth2ClientAuthenticationToken(issuer, METHOD, assertion, codeGrantParameters(request));
    }

    /** What SAS needs to check a confidential client's PKCE code_verifier on the code grant. */
    private static Map<String, Object> codeGrantParameters(HttpServletRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        if (AuthorizationGrantType.AUTHORIZATION_CODE.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                && request.getParameter(OAuth2ParameterNames.CODE) != null) {
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE)
                        && !name.equals(OAuth2ParameterNames.CLIENT_ASSERTION)
                        && !name.equals(OAuth2ParameterNames.CLIENT_ID)) {
                    parameters.put(name, values.length == 1 ? values[0] : values);
                }
            });
        }
        return parameters;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
