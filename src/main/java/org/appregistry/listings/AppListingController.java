package org.appregistry.listings;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.OwnApps;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The developer lists their app on Connection Hub, or withdraws it; both go into the app's history. */
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

    @Operation(summary = "Withdraw the app from Connection Hub",
            description = "Also when it was not listed.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable UUID appId) {
        own.get(appId);
        hub.withdraw(appId, access.current().userId());
    }
}
