package org.appregistry.downloads.process;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppImage;
import org.appregistry.apps.AppService;
import org.appregistry.common.TaskKind;
import org.appregistry.downloads.AppConfirmation;
import org.appregistry.downloads.AppConfirmations;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadTasks;
import org.appregistry.organizations.OrganizationService;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.UserTask;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmApp, form confirm-app: a purchaser who typed a client ID into Tasklist sees the app
 * behind it and requests it, or does not. The form shows the app from the rows, as labels; the
 * thumbnail comes inline (a data URI), since Tasklist's session cannot fetch it from /api, and only
 * when it is small.
 */
@Component
class ConfirmAppTask implements UserTask<AppConfirmation> {

    static final String LABEL_APP_NAME = "appName";
    static final String LABEL_DEVELOPER = "developerName";
    static final String LABEL_SUMMARY = "appSummary";
    static final String LABEL_THUMBNAIL = "appThumbnail";
    /** A larger thumbnail is left out rather than copied into the task's variables. */
    static final int MAX_INLINE_THUMBNAIL = 64 * 1024;

    private final AppConfirmations confirmations;
    private final DownloadService downloads;
    private final AppService apps;
    private final OrganizationService organizations;

    ConfirmAppTask(AppConfirmations confirmations, DownloadService downloads, AppService apps,
            OrganizationService organizations) {
        this.confirmations = confirmations;
        this.downloads = downloads;
        this.apps = apps;
        this.organizations = organizations;
    }

    @Override
    public TaskKind<AppConfirmation> kind() {
        return DownloadTasks.CONFIRM_APP;
    }

    @Override
    public TaskRef task() {
        return new TaskRef(DownloadRequestProcess.KEY, DownloadRequestProcess.TASK_CONFIRM_APP);
    }

    @Override
    public AppConfirmation parse(FormValues form) {
        return new AppConfirmation(form.text(DownloadRequestProcess.REQUEST_APP).map("request"::equals).orElse(null));
    }

    @Override
    public void answer(UUID requestId, String userId, AppConfirmation answer) {
        confirmations.answer(requestId, userId, answer);
    }

    @Override
    public Map<String, Object> labels(UUID requestId) {
        App app = apps.get(downloads.get(requestId).getAppId());
        return Map.of(LABEL_APP_NAME, app.getName(),
                LABEL_DEVELOPER, organizations.vendor(app.getVendorId()).getName(),
                LABEL_SUMMARY, app.getSummary() == null ? "" : app.getSummary(),
                LABEL_THUMBNAIL, thumbnail(app));
    }

    private String thumbnail(App app) {
        return apps.imagesOf(app.getId()).stream().filter(i -> i.kind() == AppImage.Kind.THUMBNAIL).findFirst()
                .map(summary -> apps.image(app.getId(), summary.id()))
                .filter(image -> image.getContent().length <= MAX_INLINE_THUMBNAIL)
                .map(image -> "data:" + image.getMediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(image.getContent()))
                .orElse("");
    }

    @Override
    public String notWaiting() {
        return "This request's app was confirmed already.";
    }
}
