package org.appregistry.pages;

import java.util.List;
import java.util.UUID;

import org.appregistry.apps.ListingSearch;
import org.appregistry.catalog.ApiCatalog;
import org.appregistry.common.InvalidInputException;
import org.appregistry.listings.ConnectionHub;
import org.appregistry.listings.ListingView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Connection Hub, the public catalogue, for anyone without signing in: the listed apps, searched
 * by name, audience and API, and each app's listing page with its images and the programme's
 * statement that it endorses no developer and no software.
 */
@Controller
class ConnectionHubPage {

    private final ConnectionHub hub;
    private final ApiCatalog catalog;

    ConnectionHubPage(ConnectionHub hub, ApiCatalog catalog) {
        this.hub = hub;
        this.catalog = catalog;
    }

    @GetMapping("/connection-hub")
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String audience,
            @RequestParam(required = false) String api, Model model) {
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("audience", audience == null ? "" : audience);
        model.addAttribute("api", api == null ? "" : api);
        model.addAttribute("apis", catalog.all());
        model.addAttribute("disclaimer", ListingView.DISCLAIMER);
        try {
            model.addAttribute("listings", hub.search(ListingSearch.of(name, audience, api)));
        } catch (InvalidInputException refused) {
            model.addAttribute("listings", List.of());
            model.addAttribute("problems", refused.problems().stream().map(p -> "Audience " + p.message()).toList());
        }
        return "pages/connection-hub";
    }

    @GetMapping("/connection-hub/{appId}")
    String listing(@PathVariable UUID appId, Model model) {
        model.addAttribute("listing", hub.listing(appId));
        return "pages/listing";
    }
}
