package org.appregistry.credentials.process;

import static org.appregistry.credentials.process.SecretProvisioningProcess.APP_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.APP_NAME;
import static org.appregistry.credentials.process.SecretProvisioningProcess.CREDENTIAL_FIELDS;
import static org.appregistry.credentials.process.SecretProvisioningProcess.MODE;
import static org.appregistry.credentials.process.SecretProvisioningProcess.NON_PRODUCTION_CERTIFICATE;
import static org.appregistry.credentials.process.SecretProvisioningProcess.NON_PRODUCTION_JWKS_URL;
import static org.appregistry.credentials.process.SecretProvisioningProcess.NON_PRODUCTION_SECRET;
import static org.appregistry.credentials.process.SecretProvisioningProcess.ORGANIZATION_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.ORGANIZATION_NAME;
import static org.appregistry.credentials.process.SecretProvisioningProcess.PRODUCTION_CERTIFICATE;
import static org.appregistry.credentials.process.SecretProvisioningProcess.PRODUCTION_JWKS_URL;
import static org.appregistry.credentials.process.SecretProvisioningProcess.PRODUCTION_SECRET;
import static org.appregistry.credentials.process.SecretProvisioningProcess.REQUEST_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.VENDOR_ID;

import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.credentials.CredentialMode;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.organizations.OrganizationService;
import org.appregistry.workflow.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ProvideCredentials. On create the form learns which app and organisation it is for, and
 * the vendor's developers hear that a request waits for them. On
 * complete the developer's choice from the Tasklist form is provisioned and every credential
 * field is removed in the same transaction (the history filter keeps them out of history);
 * a completion over /api finds the credentials provisioned already.
 */
@Component("provideCredentialsTask")
public class ProvideCredentialsTaskListener implements TaskListener {

    private final CredentialService credentials;
    private final AppService apps;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final NotificationService notifications;

    public ProvideCredentialsTaskListener(CredentialService credentials, AppService apps,
            OrganizationService organizations, AccessPolicy access, NotificationService notifications) {
        this.credentials = credentials;
        this.apps = apps;
        this.organizations = organizations;
        this.access = access;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String organization = organizations.organization(ORGANIZATION_ID.get(task)).getName();
            String app = apps.get(APP_ID.get(task)).getName();
            ORGANIZATION_NAME.setLocal(task, organization);
            APP_NAME.setLocal(task, app);
            notifications.notify(Groups.vendorDevelopers(VENDOR_ID.get(task)),
                    NotificationKind.REQUEST_AWAITING_CREDENTIALS, organization + " requested " + app,
                    "The request waits as \"Not responded\" until you provision client secrets or public keys for "
                            + organization + " (or enable the app without client secrets) in Review & Manage Downloads.",
                    new References(APP_ID.get(task), ORGANIZATION_ID.get(task), REQUEST_ID.get(task)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            try {
                complete(task);
            } finally {
                task.getExecution().removeVariables(CREDENTIAL_FIELDS);
                task.getExecution().removeVariable(MODE.name());
            }
        }
    }

    private void complete(DelegateTask task) {
        UUID requestId = REQUEST_ID.get(task);
        String actor = Actor.of(task);
        if (!access.user(actor).isDeveloperOf(VENDOR_ID.get(task))) {
            throw new ForbiddenException("Only the vendor's developers provide credentials.");
        }
        String mode = MODE.find(task).filter(m -> !m.isBlank()).orElse(null);
        if (mode == null) {
            if (!credentials.isProvisioned(requestId)) {
                throw new InvalidInputException("credentialMode", "choose how to provide credentials");
            }
            return;
        }
        if (CredentialMode.GENERATE.name().equals(mode)) {
            throw new InvalidInputException("credentialMode", "generated secrets are shown once, in the answer of "
                    + "POST /api/apps/{appId}/downloads/{requestId}/credentials; here, set your own secrets");
        }
        credentials.provision(requestId, new Provision(parse(mode),
                input(task, PRODUCTION_SECRET, PRODUCTION_CERTIFICATE, PRODUCTION_JWKS_URL),
                input(task, NON_PRODUCTION_SECRET, NON_PRODUCTION_CERTIFICATE, NON_PRODUCTION_JWKS_URL)), actor);
    }

    private static CredentialMode parse(String mode) {
        try {
            return CredentialMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("credentialMode", "must be SET, PUBLIC_KEY, JWKS_URL or NONE");
        }
    }

    private static CredentialInput input(DelegateTask task, String secret, String certificate, String jwksUrl) {
        return new CredentialInput(text(task.getVariable(secret)), text(task.getVariable(certificate)),
                text(task.getVariable(jwksUrl)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
