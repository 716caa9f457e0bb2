package org.appregistry.environments;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.appregistry.credentials.SecretHasher;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.X509ClientCertificateAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.web.authentication.JwtClientAssertionAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.X509ClientCertificateAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The built-in environments' authorization server on Spring Authorization Server: one issuer per
 * organisation environment ({@code /environments/{org}/{env}}), its clients the synced client
 * records ({@link EnvironmentClients}), its people the environment's accounts
 * ({@link EnvironmentAccounts}). SAS does the protocol; what it does not know is added here as
 * small customisations, each in a class of its own (docs/authorization-server.md).
 */
@Configuration
class AuthorizationServerConfiguration {

    /** SAS redirects to one consent page for every issuer; the page finds the environment by the state. */
    static final String CONSENT_PAGE = "/environments/consent";
    static final String LOGIN_PAGE = "/environments/{organizationId}/{environmentCode}/login";
    static final String SMART_CONFIGURATION = "/environments/{organizationId}/{environmentCode}/.well-known/smart-configuration";

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    @Bean
    OAuth2AuthorizationService oauth2AuthorizationService(JdbcTemplate jdbc, EnvironmentClients clients, Clock clock) {
        return new StoredAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients), clock);
    }

    @Bean
    OAuth2AuthorizationConsentService oauth2AuthorizationConsentService(JdbcTemplate jdbc, EnvironmentClients clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(EnvironmentSigningKeys keys, SmartTokens smart) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwt.setJwtCustomizer(smart::customize);
        return new DelegatingOAuth2TokenGenerator(jwt, smart.refreshTokens());
    }

    @Bean
    TokenErrorResponses tokenErrorResponses(ObjectMapper json) {
        return new TokenErrorResponses(json);
    }

    /**
     * The authorization server's endpoints and pages, before every other chain (the API chain's
     * HTTP Basic would take a client's client_secret_basic for a Camunda login). Sessions and CSRF
     * serve the login and consent pages; SAS exempts its own endpoints from CSRF.
     */
    @Bean
    @Order(0)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http, EnvironmentRequests environmentRequests,
            ClientAssertionDecoders assertionDecoders, SyncedClients clients, FailureThrottle throttle,
            SecretHasher hasher, Clock clock, EnvironmentAccounts accounts, SmartTokens smart,
            TokenErrorResponses errors, EnvironmentSecurityContexts contexts) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher pages = new OrRequestMatcher(paths.matcher(LOGIN_PAGE), paths.matcher(HttpMethod.GET, CONSENT_PAGE),
                paths.matcher(HttpMethod.GET, SMART_CONFIGURATION));
        OAuth2AccessTokenResponseAuthenticationSuccessHandler tokenResponses =
                new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        tokenResponses.setAccessTokenResponseCustomizer(smart::customizeResponse);
        // only patients (and, through SAS's providers, clients) sign in here: never a Camunda user,
        // whose provider the application-wide parent manager would otherwise try after ours
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), pages))
                .with(server, as -> as
                        .oidc(oidc -> oidc.providerConfigurationEndpoint(endpoint -> endpoint
                                .providerConfigurationCustomizer(Discovery::customize)))
                        .clientAuthentication(authentication -> authentication
                                .authenticationConverters(converters -> {
                                    converters.removeIf(c -> c instanceof X509ClientCertificateAuthenticationConverter);
                                    converters.replaceAll(c -> c instanceof JwtClientAssertionAuthenticationConverter
                                            ? new ClientAssertionConverter() : c);
                                })
                                .authenticationProviders(providers -> {
                                    providers.removeIf(p -> p instanceof X509ClientCertificateAuthenticationProvider);
                                    providers.replaceAll(p -> customised(p, assertionDecoders, clients, throttle, hasher,
                                            clock));
                                })
                                .errorResponseHandler(errors))
                        .tokenEndpoint(token -> token
                                .accessTokenRequestConverters(converters -> converters.replaceAll(c ->
                                        c instanceof OAuth2ClientCredentialsAuthenticationConverter
                                                ? clientCredentialsScopes(c) : c))
                                .accessTokenResponseHandler(tokenResponses)
                                .errorResponseHandler(errors))
                        .authorizationEndpoint(authorization -> authorization.consentPage(CONSENT_PAGE)))
                .addFilterBefore(environmentRequests, CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(pages).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .authenticationProvider(new EnvironmentSignIn(accounts, throttle))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .authenticationDetailsSource(AuthorizationServerConfiguration::environmentOf)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getRequestURI()
                                + (e.getMessage().startsWith("too many") ? "?error=throttled" : "?error"))))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new EnvironmentEntryPoint()));
        return http.build();
    }

    @Bean
    EnvironmentRequests environmentRequests(EnvironmentRegistry registry, BuiltInRegistry builtIn,
            AuthorizationServerSettings settings, TokenErrorResponses errors, ObjectMapper json) {
        return new EnvironmentRequests(registry, builtIn, settings, errors, json);
    }

    @Bean
    EnvironmentSecurityContexts environmentSecurityContexts() {
        return new EnvironmentSecurityContexts();
    }

    /** The filter belongs to the chain above only, not to the servlet container's own filters. */
    @Bean
    FilterRegistrationBean<EnvironmentRequests> environmentRequestsRegistration(EnvironmentRequests filter) {
        FilterRegistrationBean<EnvironmentRequests> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The login form's authentication details: the path of the environment signed in at, as a
     * plain string, since Spring Security copies the details into the authentication that SAS
     * stores (as JSON, of allowlisted types only).
     */
    private static String environmentOf(HttpServletRequest request) {
        return EnvironmentPath.ofPath(request.getRequestURI().substring(request.getContextPath().length()))
                .map(EnvironmentPath::path).orElse(null);
    }

    /** SAS's client authentication providers, each wrapped by the rules it does not know. */
    private static AuthenticationProvider customised(AuthenticationProvider provider,
            ClientAssertionDecoders decoders, SyncedClients clients, FailureThrottle throttle, SecretHasher hasher,
            Clock clock) {
        if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
            assertions.setJwtDecoderFactory(decoders);
            return new AssertionClientAuthentication(assertions, clients, clock);
        }
        if (provider instanceof ClientSecretAuthenticationProvider secrets) {
            secrets.setPasswordEncoder(new SyncedVerifiers(hasher));
            return new SecretClientAuthentication(secrets, clients, throttle, hasher, clock);
        }
        return provider;
    }

    /**
     * client_credentials gets all of the client's scopes when it asks for none (SAS would grant
     * none), and a scope beyond them is refused naming it.
     */
    private static AuthenticationConverter clientCredentialsScopes(AuthenticationConverter delegate) {
        return request -> {
            var converted = delegate.convert(request);
            if (!(converted instanceof OAuth2ClientCredentialsAuthenticationToken token)
                    || !(token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client)
                    || client.getRegisteredClient() == null) {
                return converted;
            }
            List<String> scopes = TokenRules.grantedScopes(List.copyOf(client.getRegisteredClient().getScopes()),
                    request.getParameter(OAuth2ParameterNames.SCOPE));
            return new OAuth2ClientCredentialsAuthenticationToken(client, new HashSet<>(scopes),
                    token.getAdditionalParameters());
        };
    }

    /**
     * The synced bcrypt verifiers for SAS's client-secret check: any current one matches (two
     * during a rotation overlap). Secrets are never encoded here; the sync brings the verifiers.
     */
    static final class SyncedVerifiers implements PasswordEncoder {

        private final SecretHasher hasher;

        SyncedVerifiers(SecretHasher hasher) {
            this.hasher = hasher;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("client secrets are verified here, never encoded");
        }

        @Override
        public boolean matches(CharSequence presented, String verifiers) {
            if (presented == null || verifiers == null) {
                return false;
            }
            boolean matched = false;
            for (String verifier : verifiers.split(EnvironmentClients.VERIFIER_SEPARATOR)) {
                // every verifier is tried, so that the time taken does not tell which one matched
                matched |= hasher.matches(presented.toString(), verifier);
            }
            return matched;
        }
    }
}
