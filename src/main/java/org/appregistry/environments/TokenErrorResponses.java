package org.appregistry.environments;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Error answers of the token endpoint (and of client authentication), as RFC 6749 §5.2 says:
 * JSON {@code error} and {@code error_description}, 400, or 401 with a Basic challenge when a
 * client that used HTTP Basic failed to authenticate; 429 with Retry-After when the
 * {@link FailureThrottle} holds the caller back.
 */
class TokenErrorResponses implements AuthenticationFailureHandler {

    private static final String REALM = "Basic realm=\"environment token endpoint\"";

    private final ObjectMapper json;

    TokenErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, exception.getMessage(), null);
        write(request, response, exception, error);
    }

    void write(HttpServletRequest request, HttpServletResponse response, Exception exception, OAuth2Error error)
            throws IOException {
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (exception instanceof SecretClientAuthentication.TooManyFailures tooMany) {
            status = 429;
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        } else if (OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode()) && usesBasic(request)) {
            status = HttpServletResponse.SC_UNAUTHORIZED;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        } else if (OAuth2ErrorCodes.SERVER_ERROR.equals(error.getErrorCode())) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error.getErrorCode());
        if (error.getDescription() != null) {
            body.put("error_description", error.getDescription());
        }
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    static boolean usesBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
