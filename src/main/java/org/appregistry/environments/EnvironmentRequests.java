package org.appregistry.environments;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.appregistry.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request of the authorization server's chain, before Spring
 * Authorization Server's endpoints see it:
 * <ul>
 * <li>an organisation without that environment has no endpoints (404), nor has a path outside
 * every environment;</li>
 * <li>the issuer is the environment's URL under {@code registry.environments.base-url} (or this
 * node), never derived from the request's Host header: it is what discovery announces, what
 * tokens carry and what a client assertion's {@code aud} must name;</li>
 * <li>requests that authenticate a client (token, introspection, revocation) are bounded and
 * unambiguous before anything parses them: no parameters in the URL (RFC 6749 §2.3.1), a body
 * of at most 64 KB, no repeated parameter (§3.2), exactly one way of authenticating (§2.3), and
 * at the token endpoint some client authentication (a public client's being its client_id with a
 * PKCE code_verifier).</li>
 * </ul>
 */
class EnvironmentRequests extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 64 * 1024;
    private static final String NO_CLIENT_AUTHENTICATION = "client authentication is required";
    private static final List<String> ONCE_ONLY = List.of(OAuth2ParameterNames.GRANT_TYPE, OAuth2ParameterNames.SCOPE,
            OAuth2ParameterNames.CLIENT_ID, OAuth2ParameterNames.CLIENT_SECRET, OAuth2ParameterNames.CLIENT_ASSERTION_TYPE,
            OAuth2ParameterNames.CLIENT_ASSERTION, OAuth2ParameterNames.CODE, OAuth2ParameterNames.REDIRECT_URI,
            OAuth2ParameterNames.REFRESH_TOKEN, PkceParameterNames.CODE_VERIFIER, OAuth2ParameterNames.TOKEN);

    private final EnvironmentRegistry registry;
    private final BuiltInRegistry builtIn;
    private final AuthorizationServerSettings settings;
    private final TokenErrorResponses errors;
    private final ObjectMapper json;

    EnvironmentRequests(EnvironmentRegistry registry, BuiltInRegistry builtIn, AuthorizationServerSettings settings,
            TokenErrorResponses errors, ObjectMapper json) {
        this.registry = registry;
        this.builtIn = builtIn;
        this.settings = settings;
        this.errors = errors;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(AuthorizationServerConfiguration.CONSENT_PAGE)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EnvironmentPath> environment = EnvironmentPath.ofPath(path);
        String code;
        try {
            code = environment.map(e -> registry.environment(e.organizationId(), e.environmentCode()).getCode())
                    .orElseThrow(() -> new NotFoundException("not an environment's path"));
        } catch (NotFoundException e) {
            notFound(response);
            return;
        }
        EnvironmentPath canonical = new EnvironmentPath(environment.get().organizationId(), code);
        if ("POST".equals(request.getMethod()) && clientAuthenticating(path)) {
            Optional<String> refusal = refusal(request, path.endsWith(settings.getTokenEndpoint()));
            if (refusal.isPresent()) {
                String errorCode = refusal.get().equals(NO_CLIENT_AUTHENTICATION) ? OAuth2ErrorCodes.INVALID_CLIENT
                        : OAuth2ErrorCodes.INVALID_REQUEST;
                errors.write(request, response, null, new OAuth2Error(errorCode, refusal.get(), null));
                return;
            }
        }
        AuthorizationServerContext previous = AuthorizationServerContextHolder.getContext();
        String issuer = builtIn.environmentUrl(canonical.organizationId(), canonical.environmentCode());
        AuthorizationServerContextHolder.setContext(new AuthorizationServerContext() {
            @Override
            public String getIssuer() {
                return issuer;
            }

            @Override
            public AuthorizationServerSettings getAuthorizationServerSettings() {
                return settings;
            }
        });
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous != null) {
                AuthorizationServerContextHolder.setContext(previous);
            } else {
                AuthorizationServerContextHolder.resetContext();
            }
        }
    }

    private boolean clientAuthenticating(String path) {
        return path.endsWith(settings.getTokenEndpoint()) || path.endsWith(settings.getTokenIntrospectionEndpoint())
                || path.endsWith(settings.getTokenRevocationEndpoint());
    }

    private static Optional<String> refusal(HttpServletRequest request, boolean tokenEndpoint) {
        if (request.getQueryString() != null) {
            return Optional.of("the parameters belong in the request body, not in the URL");
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.of("the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        for (String name : ONCE_ONLY) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                return Optional.of("the parameter " + name + " is repeated");
            }
        }
        boolean basic = TokenErrorResponses.usesBasic(request);
        boolean secret = present(request, OAuth2ParameterNames.CLIENT_SECRET);
        boolean assertion = present(request, OAuth2ParameterNames.CLIENT_ASSERTION)
                || present(request, OAuth2ParameterNames.CLIENT_ASSERTION_TYPE);
        int ways = (basic ? 1 : 0) + (secret ? 1 : 0) + (assertion ? 1 : 0);
        if (ways > 1) {
            return Optional.of("the client must authenticate in exactly one way: HTTP Basic, client_secret or "
                    + "client_assertion");
        }
        boolean publicClient = AuthorizationGrantType.AUTHORIZATION_CODE.getValue()
                .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                && present(request, OAuth2ParameterNames.CLIENT_ID) && present(request, PkceParameterNames.CODE_VERIFIER);
        if (tokenEndpoint && ways == 0 && !publicClient) {
            return Optional.of(NO_CLIENT_AUTHENTICATION);
        }
        return Optional.empty();
    }

    private static boolean present(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value != null && !value.isEmpty();
    }

    private void notFound(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such environment.");
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
