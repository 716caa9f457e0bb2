package org.appregistry.downloads;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.App;
import org.appregistry.apps.OwnApps;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The developer's side of the kickoff call: either side may organise it (the source document), so
 * the app's developers answer the same kickoff task as the organisation's purchasers.
 */
@RestController
public class AppKickoffController {

    private final OwnApps ownApps;
    private final DownloadService downloads;
    private final TaskAnswers tasks;
    private final AccessPolicy access;

    public AppKickoffController(OwnApps ownApps, DownloadService downloads, TaskAnswers tasks, AccessPolicy access) {
        this.ownApps = ownApps;
        this.downloads = downloads;
        this.tasks = tasks;
        this.access = access;
    }

    @Operation(summary = "Record the kickoff call (developer)",
            description = "The app's developers answer the kickoff task of a synced request of their app, as its "
                    + "organisation's purchasers can: the call's date, goals, scope, milestones and stakeholders, or "
                    + "skip. 409 while no kickoff task is open; another vendor's app or request answers 404.")
    @PostMapping("/api/apps/{appId}/downloads/{requestId}/kickoff")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void recordKickoff(@PathVariable UUID appId, @PathVariable UUID requestId, @RequestBody KickoffReport body) {
        App app = ownApps.get(appId);
        if (!downloads.get(requestId).getAppId().equals(app.getId())) {
            throw new NotFoundException("download request not found");
        }
        tasks.answer(DownloadTasks.RECORD_KICKOFF, requestId, access.current().userId(), body);
    }
}
