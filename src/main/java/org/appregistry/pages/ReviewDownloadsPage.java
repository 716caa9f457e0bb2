package org.appregistry.pages;

import java.util.List;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.OwnApps;
import org.appregistry.credentials.Credential;
import org.appregistry.credentials.CredentialService;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadView;
import org.appregistry.downloads.DownloadViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Review &amp; Manage Downloads for one app: every organisation's request with its status, each
 * environment's sync, and what was provisioned (never a secret). A request that is "Not
 * responded" waits for the developer's answer.
 */
@Controller
class ReviewDownloadsPage {

    private final OwnApps own;
    private final DownloadService downloads;
    private final DownloadViews views;
    private final CredentialService credentials;

    ReviewDownloadsPage(OwnApps own, DownloadService downloads, DownloadViews views, CredentialService credentials) {
        this.own = own;
        this.downloads = downloads;
        this.views = views;
        this.credentials = credentials;
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
}
