package org.appregistry.identity;

import java.io.IOException;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic for everything this application serves itself and for /engine-rest; only health
 * and the reads of Connection Hub's public catalogue are open. The environments' authorization
 * server has a chain of its own before this one (environments/AuthorizationServerConfiguration),
 * where clients and patients authenticate. The Camunda webapps under /camunda keep their own
 * login and are not matched here.
 * Path-pattern matchers, not strings: a string matcher silently leaves the Jersey servlet of
 * /engine-rest open, because that servlet is mounted outside the dispatcher servlet's paths.
 */
@Configuration
public class SecurityConfiguration {

    private static final String REALM = "app-registry";
    static final String IN_NO_GROUP = "This account belongs to no vendor or organisation: its sign-up waits for an "
            + "operator's approval or was refused (GET /api/me says which).";

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityAuthenticationProvider provider,
            ObjectMapper objectMapper) throws Exception {
        RequestMatcher securedPaths = new OrRequestMatcher(
                path("/api/**"), path("/engine-rest/**"), path("/environments/**"), path("/actuator/**"),
                path("/v3/api-docs/**"), path("/v3/api-docs"), path("/swagger-ui/**"), path("/swagger-ui.html"));
        http.securityMatcher(securedPaths)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(publicCatalogue()).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/signups"))
                        .permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/me"))
                        .authenticated()
                        .requestMatchers(path("/actuator/**")).hasAuthority(Groups.OPERATORS)
                        .anyRequest().access(SecurityConfiguration::inSomeGroup))
                .addFilterBefore(new CrossSiteRequests(objectMapper), BasicAuthenticationFilter.class)
                .authenticationProvider(provider)
                .httpBasic(basic -> basic.realmName(REALM)
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, objectMapper)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, objectMapper))
                        .accessDeniedHandler((request, response, e) -> write(response, objectMapper,
                                HttpStatus.FORBIDDEN, inNoGroup() ? IN_NO_GROUP : "You may not do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session and no token to check: CrossSiteRequests refuses what another site sends;
                // the webapps keep their own CSRF filter
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * No observation (timer, span) around each of the chain's filters, each authentication and
     * each authorization decision: they cost every request a share of its CPU and nobody reads
     * them; the request as a whole stays measured (http.server.requests). docs/performance.md
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<EngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * An account in no group (a sign-up that no operator approved, or refused) signs in but may only
     * ask who it is (GET /api/me); everything else answers 403, whatever the endpoint's own check.
     */
    private static AuthorizationDecision inSomeGroup(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get().getPrincipal() instanceof CurrentUser user
                && !user.isInNoGroup());
    }

    private static boolean inNoGroup() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user && user.isInNoGroup();
    }

    /**
     * Connection Hub is a public catalogue (docs/decisions.md): exactly these reads need no login,
     * GET only; listing and withdrawing stay with the app's developers.
     */
    private static RequestMatcher publicCatalogue() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(
                paths.matcher(HttpMethod.GET, "/api/listings"),
                paths.matcher(HttpMethod.GET, "/api/listings/{appId}"),
                paths.matcher(HttpMethod.GET, "/api/listings/{appId}/images/{imageId}"));
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static void unauthorized(HttpServletResponse response, ObjectMapper objectMapper) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        write(response, objectMapper, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic.");
    }

    static void write(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
