package org.appregistry.environments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.appregistry.organizations.OrganizationService;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a person meets while authorizing an app: the environment's sign-in page and the
 * consent page (templates/environments/). The consent page shows the app and its developer,
 * what it asks for in plain words, the Data Use Questionnaire answers or, for a patient-facing
 * app that left questions unanswered, the warning the source document promises, and the
 * programme's statement that it vouches for neither the developer nor the app.
 */
/** Pages for a person's browser, not part of the API description. */
@Hidden
@Controller
class AuthorizationPages {

    static final String NO_ENDORSEMENT = "The programme does not endorse, certify, or verify the integrity, safety, "
            + "performance, or practices of this app's developer or of the app.";
    static final String UNANSWERED_WARNING = "The developer of this app has not answered every question of the "
            + "Data Use Questionnaire, which asks how the app uses, shares and keeps your data. Think carefully "
            + "before you allow it.";

    private final OrganizationService organizations;
    private final EnvironmentRegistry registry;
    private final OAuth2AuthorizationService authorizations;
    private final SyncedClients clients;
    private final EnvironmentSecurityContexts signIns;
    private final EnvironmentAccounts accounts;

    AuthorizationPages(OrganizationService organizations, EnvironmentRegistry registry,
            OAuth2AuthorizationService authorizations, SyncedClients clients, EnvironmentSecurityContexts signIns,
            EnvironmentAccounts accounts) {
        this.organizations = organizations;
        this.registry = registry;
        this.authorizations = authorizations;
        this.clients = clients;
        this.signIns = signIns;
        this.accounts = accounts;
    }

    record Permission(String scope, String description) {
    }

    @GetMapping(AuthorizationServerConfiguration.LOGIN_PAGE)
    String login(@PathVariable UUID organizationId, @PathVariable String environmentCode,
            @RequestParam Optional<String> error, Model model) {
        model.addAttribute("organization", organizations.organization(organizationId).getName());
        model.addAttribute("environment", registry.environment(organizationId, environmentCode).getCode());
        model.addAttribute("action", new EnvironmentPath(organizationId, environmentCode).path() + "/login");
        model.addAttribute("failed", error.isPresent());
        model.addAttribute("throttled", error.filter("throttled"::equals).isPresent());
        return "environments/login";
    }

    @GetMapping(AuthorizationServerConfiguration.CONSENT_PAGE)
    String consent(@RequestParam(OAuth2ParameterNames.STATE) String state, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        OAuth2Authorization authorization = authorizations.findByToken(state,
                new OAuth2TokenType(OAuth2ParameterNames.STATE));
        Optional<EnvironmentPath> environment = Optional.ofNullable(authorization)
                .flatMap(a -> EnvironmentPath.ofRegisteredClientId(a.getRegisteredClientId()));
        Authentication signedIn = environment.map(e -> signIns.load(e, request).getAuthentication()).orElse(null);
        OAuth2AuthorizationRequest asked = authorization == null ? null
                : authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        Optional<SyncedClient> client = environment.flatMap(e -> clients.find(e, asked.getClientId()));
        if (signedIn == null || !signedIn.getName().equals(authorization.getPrincipalName()) || client.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("message", "This authorization request is not valid any more. Go back to the app "
                    + "and start again.");
            return "environments/message";
        }
        SyncedClient app = client.get();
        List<String> scopes = List.copyOf(asked.getScopes());
        model.addAttribute("appName", app.appName());
        model.addAttribute("developer", app.developer());
        model.addAttribute("organization", organizations.organization(environment.get().organizationId()).getName());
        model.addAttribute("person", accounts.byPrincipalName(signedIn.getName())
                .map(EnvironmentAccount::getDisplayName).orElse(""));
        model.addAttribute("permissions", scopes.stream()
                // offline_access gives nothing to an app that may not have refresh tokens: not shown
                .filter(scope -> app.refreshTokensAllowed() || !EnvironmentClients.OFFLINE_ACCESS.equals(scope))
                .map(scope -> new Permission(scope, ScopeDescriptions.describe(scope))).toList());
        model.addAttribute("answers", app.dataUseQuestionnaire().stream()
                .filter(a -> a.answer() != null && !a.answer().isBlank()).toList());
        model.addAttribute("unanswered", app.dataUseQuestionnaireIncomplete());
        model.addAttribute("unansweredWarning", UNANSWERED_WARNING);
        model.addAttribute("noEndorsement", NO_ENDORSEMENT);
        model.addAttribute("action", environment.get().path() + "/oauth2/authorize");
        model.addAttribute("clientId", asked.getClientId());
        model.addAttribute("state", state);
        model.addAttribute("scopes", scopes);
        return "environments/consent";
    }
}
