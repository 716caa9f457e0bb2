package org.appregistry.environments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an environment announces about itself: SAS's OpenID provider configuration
 * ({@code .well-known/openid-configuration}) trimmed to what this server does, and the SMART App
 * Launch configuration ({@code .well-known/smart-configuration}) beside it. The issuer is the
 * configured one ({@link EnvironmentRequests}).
 */
@RestController
class Discovery {

    static final List<String> GRANT_TYPES = List.of("authorization_code", "client_credentials", "refresh_token");
    static final List<String> AUTHENTICATION_METHODS = List.of("client_secret_basic", "client_secret_post",
            "private_key_jwt", "none");
    static final List<String> CONFIDENTIAL_METHODS = List.of("client_secret_basic", "client_secret_post",
            "private_key_jwt");
    static final List<String> ASSERTION_ALGORITHMS = List.of("RS384", "ES384");
    static final List<String> SCOPES = List.of("openid", "fhirUser", "launch/patient", "offline_access",
            "patient/*.cruds", "user/*.cruds", "system/*.cruds");
    static final List<String> CAPABILITIES = List.of("launch-standalone", "client-public",
            "client-confidential-symmetric", "client-confidential-asymmetric", "context-standalone-patient",
            "permission-patient", "permission-user", "permission-v2", "permission-offline", "sso-openid-connect");

    static void customize(OidcProviderConfiguration.Builder configuration) {
        configuration.grantTypes(types -> replace(types, GRANT_TYPES))
                .tokenEndpointAuthenticationMethods(methods -> replace(methods, AUTHENTICATION_METHODS))
                .tokenIntrospectionEndpointAuthenticationMethods(methods -> replace(methods, CONFIDENTIAL_METHODS))
                .tokenRevocationEndpointAuthenticationMethods(methods -> replace(methods, CONFIDENTIAL_METHODS))
                // no client uses the device grant
                .claims(claims -> claims.remove("device_authorization_endpoint"))
                .claim("token_endpoint_auth_signing_alg_values_supported", ASSERTION_ALGORITHMS)
                .idTokenSigningAlgorithms(algorithms -> replace(algorithms, List.of("ES256")))
                .scopes(scopes -> replace(scopes, SCOPES))
                .codeChallengeMethods(methods -> replace(methods, List.of("S256")));
    }

    private static void replace(List<String> values, List<String> with) {
        values.clear();
        values.addAll(with);
    }

    @Operation(summary = "SMART configuration of a built-in environment",
            description = "No login. The SMART App Launch discovery document of the environment's authorization "
                    + "server: its endpoints, grants, client authentication methods, scopes and capabilities.")
    @GetMapping(path = AuthorizationServerConfiguration.SMART_CONFIGURATION, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> smartConfiguration(@PathVariable UUID organizationId,
            @PathVariable String environmentCode) {
        String issuer = AuthorizationServerContextHolder.getContext().getIssuer();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("jwks_uri", issuer + "/oauth2/jwks");
        configuration.put("authorization_endpoint", issuer + "/oauth2/authorize");
        configuration.put("token_endpoint", issuer + "/oauth2/token");
        configuration.put("introspection_endpoint", issuer + "/oauth2/introspect");
        configuration.put("revocation_endpoint", issuer + "/oauth2/revoke");
        configuration.put("grant_types_supported", GRANT_TYPES);
        configuration.put("token_endpoint_auth_methods_supported", AUTHENTICATION_METHODS);
        configuration.put("token_endpoint_auth_signing_alg_values_supported", ASSERTION_ALGORITHMS);
        configuration.put("scopes_supported", SCOPES);
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        configuration.put("capabilities", CAPABILITIES);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(configuration);
    }
}
