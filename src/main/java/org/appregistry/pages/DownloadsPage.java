package org.appregistry.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.appregistry.apps.App;
import org.appregistry.apps.AppImage;
import org.appregistry.apps.AppService;
import org.appregistry.apps.ImageSummary;
import org.appregistry.common.ConflictException;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.common.Texts;
import org.appregistry.downloads.DownloadRemovals;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadTasks;
import org.appregistry.downloads.DownloadViews;
import org.appregistry.downloads.KickoffReport;
import org.appregistry.downloads.PurchaserRequests;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.Stakeholder;
import org.appregistry.downloads.StakeholderRole;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's Downloads page of the source document: the apps the organisation requested,
 * each with its status and every environment's sync; the agreement; and, for a purchaser, the
 * search by client ID that leads to a download request, through the same path as
 * {@code POST /api/organizations/{id}/downloads}. A person sees their own organisation only.
 */
@Controller
class DownloadsPage {

    private final DownloadService downloads;
    private final PurchaserRequests asks;
    private final DownloadViews views;
    private final AgreementService agreements;
    private final AppService apps;
    private final AccessPolicy access;
    private final Viewers viewers;
    private final TaskAnswers tasks;
    private final DownloadRemovals removals;

    DownloadsPage(DownloadService downloads, PurchaserRequests asks, DownloadViews views,
            AgreementService agreements, AppService apps, AccessPolicy access, Viewers viewers, TaskAnswers tasks,
            DownloadRemovals removals) {
        this.removals = removals;
        this.downloads = downloads;
        this.asks = asks;
        this.views = views;
        this.agreements = agreements;
        this.apps = apps;
        this.access = access;
        this.viewers = viewers;
        this.tasks = tasks;
    }

    @GetMapping("/downloads")
    String downloads(Model model) {
        UUID organizationId = organization();
        model.addAttribute("requests", views.of(downloads.ofOrganization(organizationId)));
        model.addAttribute("agreement", agreements.of(organizationId).orElse(null));
        model.addAttribute("agreementVersion", AgreementService.CURRENT_VERSION);
        return "pages/downloads";
    }

    @GetMapping("/downloads/{requestId}")
    String request(@PathVariable UUID requestId, Model model) {
        UUID organizationId = organization();
        DownloadRequest request = downloads.get(requestId);
        if (!request.getOrganizationId().equals(organizationId)) {
            throw new NotFoundException("download request not found");
        }
        model.addAttribute("request", views.of(request));
        model.addAttribute("kickoffOpen", viewers.current().map(SignedIn::purchaser).orElse(false)
                && tasks.isOpen(DownloadTasks.RECORD_KICKOFF, requestId));
        model.addAttribute("roles", StakeholderRole.values());
        model.addAttribute("removable", viewers.current().map(SignedIn::purchaser).orElse(false)
                && request.getStatus().isLive());
        return "pages/download";
    }

    /**
     * The purchasers' answer to the kickoff task of a synced request, as /api gives it: the call, or
     * (skip) that none will be recorded. Refused input comes back to the form with its rules.
     */
    @PostMapping("/downloads/{requestId}/kickoff")
    String recordKickoff(@PathVariable UUID requestId, @RequestParam(defaultValue = "false") boolean skip,
            @RequestParam(required = false) String date, @RequestParam(required = false) String goals,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String milestones,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        UUID organizationId = organization();
        access.requirePurchaserOf(organizationId);
        DownloadRequest request = downloads.get(requestId);
        if (!request.getOrganizationId().equals(organizationId)) {
            throw new NotFoundException("download request not found");
        }
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (StakeholderRole role : StakeholderRole.values()) {
            String name = form.get("stakeholder-" + role.name());
            if (name != null && !name.isBlank()) {
                stakeholders.add(new Stakeholder(role, name.trim()));
            }
        }
        try {
            tasks.answer(DownloadTasks.RECORD_KICKOFF, requestId, access.current().userId(),
                    new KickoffReport(skip, date(date), Texts.blankToNull(goals), Texts.blankToNull(scope),
                            Texts.blankToNull(milestones), stakeholders));
        } catch (InvalidInputException refused) {
            request(requestId, model);
            model.addAttribute("kickoffProblems", refused.problems().stream()
                    .map(p -> kickoffLabel(p.field()) + " " + p.message()).toList());
            model.addAttribute("kickoffForm", form);
            return "pages/download";
        }
        redirect.addFlashAttribute("done", skip ? "Recorded: no kickoff call will be recorded."
                : "The kickoff call is recorded.");
        // the form posted to #kickoff-heading; a redirect without a fragment would keep it, away from the notice
        return "redirect:/downloads/" + requestId + "#main";
    }

    /**
     * A purchaser removes the app from the organisation, as {@code DELETE /api/…/downloads/{id}} does:
     * the request is REMOVING at once and REMOVED once every environment deleted the record.
     */
    @PostMapping("/downloads/{requestId}/removal")
    String remove(@PathVariable UUID requestId, RedirectAttributes redirect) {
        UUID organizationId = organization();
        access.requirePurchaserOf(organizationId);
        DownloadRequest request = downloads.get(requestId);
        if (!request.getOrganizationId().equals(organizationId)) {
            throw new NotFoundException("download request not found");
        }
        removals.remove(requestId, access.current().userId());
        redirect.addFlashAttribute("done", "The app is being removed from your organisation's environments; its "
                + "status below becomes Removed once every environment has deleted its client record.");
        return "redirect:/downloads/" + requestId;
    }

    /** The source document's search by client ID: the app's name, summary and thumbnail, then the request form. */
    @GetMapping("/downloads/look-up")
    String lookUp(@RequestParam(required = false) String clientId, Model model) {
        access.requirePurchaserOf(organization());
        model.addAttribute("clientId", clientId == null ? "" : clientId.trim());
        if (clientId == null || clientId.isBlank()) {
            return "pages/look-up";
        }
        try {
            App app = downloads.appByClientId(clientId);
            model.addAttribute("app", app);
            model.addAttribute("thumbnail", thumbnail(app).isPresent());
            model.addAttribute("existing", downloads.find(app.getId(), organization()).orElse(null));
        } catch (NotFoundException unknown) {
            model.addAttribute("problems", List.of("No app has this client ID. Check it with the developer: "
                    + "either the production or the non-production client ID will do."));
        }
        return "pages/look-up";
    }

    @GetMapping("/downloads/look-up/thumbnail")
    ResponseEntity<byte[]> thumbnail(@RequestParam String clientId) {
        access.requirePurchaserOf(organization());
        App app = downloads.appByClientId(clientId);
        ImageSummary summary = thumbnail(app).orElseThrow(() -> new NotFoundException("the app has no thumbnail"));
        AppImage image = apps.image(app.getId(), summary.id());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.getMediaType())).body(image.getContent());
    }

    @PostMapping("/downloads")
    String requestDownload(@RequestParam(required = false) String clientId,
            @RequestParam(required = false) Integer refreshTokenDurationHours,
            @RequestParam(defaultValue = "false") boolean workedWithTechnicalCoordinator,
            @RequestParam(defaultValue = "false") boolean productsAndInterfacesInPlace,
            @RequestParam(defaultValue = "false") boolean costsEvaluated, Model model, RedirectAttributes redirect) {
        UUID organizationId = organization();
        access.requirePurchaserOf(organizationId);
        NewRequest request = new NewRequest(organizationId, clientId, refreshTokenDurationHours, RequestSource.MANUAL,
                access.current().userId(), new RequestChecklist(workedWithTechnicalCoordinator,
                        productsAndInterfacesInPlace, costsEvaluated));
        PurchaserRequests.Outcome outcome;
        try {
            outcome = asks.ask(request);
        } catch (InvalidInputException refused) {
            lookUp(clientId, model);
            model.addAttribute("problems", refused.problems().stream()
                    .map(p -> label(p.field()) + " " + p.message()).toList());
            return "pages/look-up";
        } catch (ConflictException refused) {
            lookUp(clientId, model);
            model.addAttribute("problems", List.of(refused.getMessage()));
            return "pages/look-up";
        }
        String app = apps.get(outcome.request().getAppId()).getName();
        redirect.addFlashAttribute("done", outcome.created()
                ? "Your organisation has requested " + app + ". Its status below changes as the request goes on."
                : "Your organisation had requested " + app + " already; this is that request.");
        return "redirect:/downloads/" + outcome.request().getId();
    }

    private Optional<ImageSummary> thumbnail(App app) {
        return apps.imagesOf(app.getId()).stream().filter(i -> i.kind() == AppImage.Kind.THUMBNAIL).findFirst();
    }

    /** The organisation of the signed-in member; anyone else has no Downloads page. */
    private UUID organization() {
        return viewers.current().filter(SignedIn::member).map(SignedIn::organizationId)
                .orElseThrow(() -> new ForbiddenException("The Downloads page is for members of an organisation; "
                        + "operators see every organisation's requests in the programme overview."));
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date written as YYYY-MM-DD, e.g. 2026-03-02");
        }
    }

    private static String kickoffLabel(String field) {
        return switch (field) {
            case "date" -> "Date of the call";
            case "goals" -> "Goals";
            case "scope" -> "Scope";
            case "milestones" -> "Milestones and timeline";
            default -> field.startsWith("stakeholders") ? "A stakeholder's name" : field;
        };
    }

    /** The labels of the request form. */
    private static String label(String field) {
        return switch (field) {
            case "clientId" -> "Client ID";
            case "refreshTokenDurationHours" -> "Refresh token duration";
            default -> field;
        };
    }
}
