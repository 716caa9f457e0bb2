package org.appregistry.pages;

import org.appregistry.identity.Groups;
import org.appregistry.identity.IdentityAuthenticationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The web pages sign people in with a form and keep them signed in with a session, with the
 * same accounts as Tasklist (Camunda's identity service). Only the pages' own paths are
 * matched: /api and /engine-rest stay stateless HTTP Basic (SecurityConfiguration, orders 1
 * and 2), and the Camunda webapps under /camunda keep their own login. A form posted from a
 * page carries a CSRF token, as a session cookie alone would let another site post in the
 * user's name.
 */
@Configuration
public class PagesSecurityConfiguration {

    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";

    /** Content only from this application: the pages need no script at all. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; "
            + "img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain pagesSecurity(HttpSecurity http, IdentityAuthenticationProvider provider) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/"), paths.matcher(SIGN_IN), paths.matcher(SIGN_OUT),
                        paths.matcher("/assets/**"), paths.matcher("/agreement"), paths.matcher("/connection-hub/**"),
                        paths.matcher("/build-apps/**"), paths.matcher("/downloads/**"),
                        paths.matcher("/programme/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/"), paths.matcher("/assets/**"),
                                paths.matcher(HttpMethod.GET, "/agreement"),
                                paths.matcher(HttpMethod.GET, "/connection-hub/**")).permitAll()
                        .requestMatchers(paths.matcher("/programme/**")).hasAuthority(Groups.OPERATORS)
                        .anyRequest().authenticated())
                .authenticationProvider(provider)
                .formLogin(form -> form.loginPage(SIGN_IN).permitAll()
                        .defaultSuccessUrl("/", false)
                        .failureUrl(SIGN_IN + "?failed"))
                .logout(logout -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.POST, SIGN_OUT))
                        .logoutSuccessUrl("/?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
