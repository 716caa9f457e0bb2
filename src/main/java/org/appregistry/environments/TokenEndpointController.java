package org.appregistry.environments;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.appregistry.environments.TokenService.IssuedToken;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2.0 token endpoint of an organisation's environment (SPEC §6). No login: the client's
 * credentials are checked here (SecurityConfiguration leaves this path open). Answers follow
 * RFC 6749 §5.1 and §5.2; an unknown organisation or environment is 404, as for any path.
 */
@RestController
class TokenEndpointController {

    private static final String REALM = "Basic realm=\"environment token endpoint\"";

    private final TokenService tokens;

    TokenEndpointController(TokenService tokens) {
        this.tokens = tokens;
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn, String scope) {
    }

    record ErrorResponse(String error, @JsonProperty("error_description") String errorDescription) {
    }

    @Operation(summary = "Token endpoint of a built-in environment",
            description = "OAuth 2.0 client_credentials for a client synced to this environment: a client secret (Basic"
                    + " or form) or a private_key_jwt assertion (RS384, ES384). Errors follow RFC 6749 section 5.2,"
                    + " not RFC 9457.")
    @PostMapping(path = "/environments/{organizationId}/{environmentCode}/oauth2/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<TokenResponse> token(@PathVariable UUID organizationId, @PathVariable String environmentCode,
            @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        // RFC 6749 §2.3.1: credentials go in the body, never in a URL that proxies and logs keep
        if (request.getQueryString() != null) {
            throw TokenError.invalidRequest("the parameters belong in the request body, not in the URL");
        }
        TokenRequest tokenRequest = TokenRequest.of(form, request.getHeader(HttpHeaders.AUTHORIZATION));
        // the URL as this client called it (scheme://host:port/path) is the audience its assertion names
        IssuedToken token = tokens.issue(organizationId, environmentCode, request.getRequestURL().toString(),
                tokenRequest);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(new TokenResponse(token.accessToken(), "Bearer", token.lifetime().toSeconds(),
                        String.join(" ", token.scopes())));
    }

    @ExceptionHandler(TokenError.class)
    ResponseEntity<ErrorResponse> refused(TokenError error, HttpServletRequest request) {
        // RFC 6749 §5.2: a client that failed to authenticate with HTTP Basic gets 401 and a challenge
        boolean basicFailed = error.isInvalidClient()
                && TokenRequest.usesBasic(request.getHeader(HttpHeaders.AUTHORIZATION));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(basicFailed ? HttpStatus.UNAUTHORIZED
                : HttpStatus.BAD_REQUEST);
        if (basicFailed) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, REALM);
        }
        return answer.cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorResponse(error.error(), error.description()));
    }
}
