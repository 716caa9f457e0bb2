package org.appregistry.sync;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.OwnApps;
import org.appregistry.identity.AccessPolicy;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme suspends an app and lifts the suspension (operators); the developer retires it
 * from a date (their own vendor's apps only: another vendor's app is 404, as everywhere).
 */
@RestController
@RequestMapping("/api/apps/{appId}")
public class AppLifecycleController {

    private final AppLifecycle lifecycle;
    private final AppService apps;
    private final OwnApps own;
    private final AccessPolicy access;

    public AppLifecycleController(AppLifecycle lifecycle, AppService apps, OwnApps own, AccessPolicy access) {
        this.lifecycle = lifecycle;
        this.apps = apps;
        this.own = own;
        this.access = access;
    }

    public record SuspensionBody(String reason) {
    }

    public record RetirementBody(Instant effectiveAt) {
    }

    /** Where the app stands after go-live. */
    public record LifecycleView(UUID appId, AppStatus status, Instant suspendedAt, String suspensionReason,
            Instant retiresAt, Instant retiredAt) {

        static LifecycleView of(App app) {
            return new LifecycleView(app.getId(), app.getStatus(), app.getSuspendedAt(), app.getSuspensionReason(),
                    app.getRetiresAt(), app.getRetiredAt());
        }
    }

    @Operation(summary = "Suspend an app (operators)",
            description = "The programme pulls an ACTIVE app at once: status SUSPENDED, its client record disabled in "
                    + "every environment of every organisation (clientRecordRefresh, one retried job per environment), "
                    + "so token endpoints answer invalid_client (\"suspended\"); new downloads are refused (409). "
                    + "reason is required (at most 500 characters) and is sent to the vendor and the organisations. "
                    + "409 unless the app is ACTIVE.")
    @PostMapping("/suspension")
    public LifecycleView suspend(@PathVariable UUID appId, @RequestBody SuspensionBody body) {
        access.requireOperator();
        apps.get(appId);
        return LifecycleView.of(lifecycle.suspend(appId, access.current().userId(), body.reason()));
    }

    @Operation(summary = "Lift an app's suspension (operators)",
            description = "ACTIVE again: its client records are pushed enabled to every environment that has them; "
                    + "the vendor and the organisations are told. 409 unless the app is SUSPENDED.")
    @DeleteMapping("/suspension")
    public LifecycleView restore(@PathVariable UUID appId) {
        access.requireOperator();
        apps.get(appId);
        return LifecycleView.of(lifecycle.restore(appId, access.current().userId()));
    }

    @Operation(summary = "Retire the app from a date",
            description = "The vendor's developers set effectiveAt (ISO 8601 instant, not in the past). Until then "
                    + "nothing changes; from then (appRetirement's timer) the app is RETIRED, withdrawn from "
                    + "Connection Hub, cannot be downloaded, and every organisation's request of it is removed from "
                    + "every environment (downloadRemoval). 409 unless ACTIVE or SUSPENDED, or when a date is set.")
    @PostMapping("/retirement")
    public LifecycleView retire(@PathVariable UUID appId, @RequestBody RetirementBody body) {
        own.get(appId);
        return LifecycleView.of(lifecycle.scheduleRetirement(appId, access.current().userId(), body.effectiveAt()));
    }
}
