package org.appregistry.listings;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.OwnApps;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The developer lists their app on Connection Hub, or withdraws it (both go into the app's history),
 * and sets the listing's marketing fields.
 */
@RestController
@RequestMapping("/api/apps/{appId}/listing")
public class AppListingController {

    private final ConnectionHub hub;
    private final OwnApps own;
    private final AccessPolicy access;

    public AppListingController(ConnectionHub hub, OwnApps own, AccessPolicy access) {
        this.hub = hub;
        this.own = own;
        this.access = access;
    }

    /** The listing as everyone sees it now; 409 with the reason while the app may not be listed. */
    @Operation(summary = "List the app on Connection Hub",
            description = "Once the app is ACTIVE and has its first live customer (a request SYNCED); 409 with the "
                    + "reason otherwise. Listing a listed app changes nothing.")
    @PostMapping
    public ListingView list(@PathVariable UUID appId) {
        own.get(appId);
        return hub.list(appId, access.current().userId());
    }

    @Operation(summary = "The listing's marketing fields",
            description = "As the developer last set them (empty until then).")
    @GetMapping("/marketing")
    public MarketingFields marketing(@PathVariable UUID appId) {
        own.get(appId);
        return hub.marketingOf(appId);
    }

    @Operation(summary = "Set the listing's marketing fields",
            description = "Connection Hub's additional marketing fields, which belong to the listing and not to the "
                    + "frozen app record: categories (up to 3 of CARE_COORDINATION, CLINICAL_DECISION_SUPPORT, "
                    + "CLINICAL_DOCUMENTATION, PATIENT_ENGAGEMENT, REMOTE_MONITORING, TELEHEALTH, MEDICATION_MANAGEMENT, "
                    + "POPULATION_HEALTH, ANALYTICS, RESEARCH, REVENUE_CYCLE, ADMINISTRATION), supportEmail, supportUrl "
                    + "(https), pricingModel (FREE, FREEMIUM, SUBSCRIPTION, PER_USER, PER_TRANSACTION, CONTACT_VENDOR), "
                    + "marketingText (plain text, at most 4000 characters). Sent whole: a field left out is cleared. "
                    + "Any time while the app is ACTIVE; shown in the public catalogue while it is listed. 422 names "
                    + "every broken field; 409 when the app is not ACTIVE.")
    @PutMapping("/marketing")
    public MarketingFields setMarketing(@PathVariable UUID appId, @RequestBody MarketingFields body) {
        own.get(appId);
        return hub.setMarketing(appId, access.current().userId(), body);
    }

    @Operation(summary = "Withdraw the app from Connection Hub",
            description = "Also when it was not listed.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable UUID appId) {
        own.get(appId);
        hub.withdraw(appId, access.current().userId());
    }
}
