package org.appregistry.environments;

/**
 * A refused token request, answered as RFC 6749 §5.2 says. The description names the failed
 * check and never quotes a presented secret or assertion, so it is safe to return and to log.
 */
final class TokenError extends RuntimeException {

    private final String error;

    private TokenError(String error, String description) {
        // an expected answer, not a fault: no stack trace to fill or to log
        super(description, null, false, false);
        this.error = error;
    }

    static TokenError invalidRequest(String description) {
        return new TokenError("invalid_request", description);
    }

    static TokenError invalidClient(String description) {
        return new TokenError("invalid_client", description);
    }

    static TokenError unsupportedGrantType(String description) {
        return new TokenError("unsupported_grant_type", description);
    }

    static TokenError invalidScope(String description) {
        return new TokenError("invalid_scope", description);
    }

    /** The RFC 6749 error code, such as {@code invalid_client}. */
    String error() {
        return error;
    }

    String description() {
        return getMessage();
    }

    /** Client authentication failed: with HTTP Basic, the answer is 401 with a challenge. */
    boolean isInvalidClient() {
        return "invalid_client".equals(error);
    }
}
