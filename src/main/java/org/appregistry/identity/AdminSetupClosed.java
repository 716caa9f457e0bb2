package org.appregistry.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Camunda Admin's first-user set-up is closed for good. Camunda opens it to anyone, signed in
 * or not, while no user is in {@code camunda-admin}; whoever used it would be an administrator
 * who can deploy models whose expressions call any bean. Here the operator is made at start-up
 * ({@link IdentityBootstrap}), which refuses to start without its password outside the demo
 * profile, so the page has nothing to do; should the group ever be emptied, it stays closed.
 */
@Configuration
class AdminSetupClosed {

    @Bean
    @Order(0)
    SecurityFilterChain adminSetupClosedChain(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/camunda/app/admin/*/setup/**"),
                        paths.matcher("/camunda/api/admin/setup/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        SecurityConfiguration.write(response, objectMapper, HttpStatus.FORBIDDEN,
                                "Camunda Admin's set-up is closed: the operator account is made at start-up.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
