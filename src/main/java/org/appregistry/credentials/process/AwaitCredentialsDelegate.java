package org.appregistry.credentials.process;

import static org.appregistry.credentials.process.SecretProvisioningProcess.APP_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.ORGANIZATION_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.REQUEST_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.VENDOR_ID;

import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadService;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.organizations.OrganizationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AwaitCredentials: the request is NOT_RESPONDED, and the vendor's developers hear of it. */
@Component("awaitCredentials")
public class AwaitCredentialsDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final AppService apps;
    private final OrganizationService organizations;
    private final NotificationService notifications;

    public AwaitCredentialsDelegate(DownloadService downloads, AppService apps, OrganizationService organizations,
            NotificationService notifications) {
        this.downloads = downloads;
        this.apps = apps;
        this.organizations = organizations;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = REQUEST_ID.get(execution);
        downloads.awaitCredentials(requestId);
        UUID organizationId = ORGANIZATION_ID.get(execution);
        String app = apps.get(APP_ID.get(execution)).getName();
        String organization = organizations.organization(organizationId).getName();
        notifications.notify(Groups.vendorDevelopers(VENDOR_ID.get(execution)),
                NotificationKind.REQUEST_AWAITING_CREDENTIALS, organization + " requested " + app,
                "The request waits as \"Not responded\" until you provision client secrets or public keys for "
                        + organization + " (or enable the app without client secrets) in Review & Manage Downloads.",
                new References(APP_ID.get(execution), organizationId, requestId));
    }
}
