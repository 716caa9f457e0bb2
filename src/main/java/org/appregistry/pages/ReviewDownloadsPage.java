package org.appregistry.pages;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.appregistry.apps.App;
import org.appregistry.apps.OwnApps;
import org.appregistry.common.ConflictException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.credentials.Credential;
import org.appregistry.credentials.CredentialAnswers;
import org.appregistry.credentials.CredentialMode;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadView;
import org.appregistry.downloads.DownloadViews;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review &amp; Manage Downloads for one app: every organisation's request with its status, each
 * environment's sync, and what was provisioned (never a secret). A request that is "Not
 * responded" is answered here, through the same path as /api (CredentialAnswers): "Get Secrets"
 * shows the generated secrets once, on the answer's own page, which no cache keeps.
 */
@Controller
class ReviewDownloadsPage {

    private final OwnApps own;
    private final DownloadService downloads;
    private final DownloadViews views;
    private final CredentialService credentials;
    private final CredentialAnswers answers;
    private final AccessPolicy access;

    ReviewDownloadsPage(OwnApps own, DownloadService downloads, DownloadViews views, CredentialService credentials,
            CredentialAnswers answers, AccessPolicy access) {
        this.own = own;
        this.downloads = downloads;
        this.views = views;
        this.credentials = credentials;
        this.answers = answers;
        this.access = access;
    }

    /** A request with the credentials provisioned for it. */
    record Managed(DownloadView request, List<Credential> credentials) {
    }

    @GetMapping("/build-apps/{appId}/downloads")
    String downloads(@PathVariable UUID appId, Model model) {
        App app = own.get(appId);
        model.addAttribute("app", app);
        model.addAttribute("requests", views.of(downloads.ofApp(appId)).stream()
                .map(view -> new Managed(view, credentials.ofRequest(view.requestId()))).toList());
        return "pages/review-downloads";
    }

    /** The source document's "Enable": the developer's answer for one organisation. */
    @PostMapping("/build-apps/{appId}/downloads/{requestId}/credentials")
    String answer(@PathVariable UUID appId, @PathVariable UUID requestId,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String productionSecret,
            @RequestParam(required = false) String nonProductionSecret,
            @RequestParam(required = false) String productionCertificate,
            @RequestParam(required = false) String nonProductionCertificate,
            @RequestParam(required = false) String productionJwksUrl,
            @RequestParam(required = false) String nonProductionJwksUrl,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        App app = own.get(appId);
        if (!downloads.get(requestId).getAppId().equals(appId)) {
            throw new NotFoundException("download request not found");
        }
        Provision provision;
        try {
            CredentialMode chosen = CredentialAnswers.mode(mode == null || mode.isBlank() ? null : mode);
            provision = answers.provide(requestId, chosen,
                    input(chosen, productionSecret, productionCertificate, productionJwksUrl),
                    input(chosen, nonProductionSecret, nonProductionCertificate, nonProductionJwksUrl),
                    access.current().userId());
        } catch (InvalidInputException refused) {
            downloads(appId, model);
            model.addAttribute("refusedRequest", requestId);
            model.addAttribute("refusals", refused.problems().stream()
                    .map(p -> label(p.field()) + " " + p.message()).toList());
            return "pages/review-downloads";
        } catch (ConflictException refused) {
            downloads(appId, model);
            model.addAttribute("refusedRequest", requestId);
            model.addAttribute("refusals", List.of(refused.getMessage()));
            return "pages/review-downloads";
        }
        String organization = views.of(downloads.get(requestId)).organizationName();
        if (provision.mode() == CredentialMode.GENERATE) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("app", app);
            model.addAttribute("organization", organization);
            model.addAttribute("production", provision.production().secret());
            model.addAttribute("nonProduction", provision.nonProduction().secret());
            return "pages/secrets";
        }
        redirect.addFlashAttribute("done", "Your answer for " + organization + " is recorded: the client record "
                + "now syncs to its environments.");
        // the form posted to #request-…; a redirect without a fragment would keep it, away from the notice
        return "redirect:/build-apps/" + appId + "/downloads#main";
    }

    /** Only the field of the chosen mode counts: the others of the form may still hold what was typed first. */
    private static CredentialInput input(CredentialMode mode, String secret, String certificate, String jwksUrl) {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case SET -> new CredentialInput(secret, null, null);
            case PUBLIC_KEY -> new CredentialInput(null, certificate, null);
            case JWKS_URL -> new CredentialInput(null, null, jwksUrl);
            default -> null;
        };
    }

    /** The form's words for the fields /api names. */
    private static String label(String field) {
        String kind = field.startsWith("nonProduction") ? "Non-production " : field.startsWith("production")
                ? "Production " : "";
        String what = field.endsWith("secret") ? "client secret" : field.endsWith("certificate") ? "certificate"
                : field.endsWith("jwksUrl") ? "JWK Set URL" : field.equals("mode") ? "The way the app authenticates"
                : kind.isEmpty() ? field : "credentials";
        return kind.isEmpty() ? what : kind + what;
    }
}
