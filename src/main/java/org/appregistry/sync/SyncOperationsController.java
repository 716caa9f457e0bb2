package org.appregistry.sync;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.sync.FailedSyncs.Retried;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators: what to do once an environment that was down answers again (docs/operations.md). */
@RestController
@RequestMapping("/api/operations")
public class SyncOperationsController {

    private final FailedSyncs failedSyncs;
    private final AccessPolicy access;

    SyncOperationsController(FailedSyncs failedSyncs, AccessPolicy access) {
        this.failedSyncs = failedSyncs;
        this.access = access;
    }

    @Operation(summary = "Retry every failed sync",
            description = "Operators only. Every push to an environment that ran out of retries (an incident of "
                    + "environmentSync, announced by a SYNC_FAILED notification) is tried once more, now, in the "
                    + "background; each request then reaches SYNCED as usual. A push that fails again becomes an "
                    + "incident again. 202 with the number of jobs retried and their download requests.")
    @PostMapping("/retry-failed-syncs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Retried retryFailedSyncs() {
        access.requireOperator();
        return failedSyncs.retryAll();
    }
}
