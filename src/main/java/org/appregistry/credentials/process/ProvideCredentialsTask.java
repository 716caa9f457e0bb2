package org.appregistry.credentials.process;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.appregistry.common.InvalidInputException;
import org.appregistry.common.TaskKind;
import org.appregistry.credentials.CredentialMode;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialTasks;
import org.appregistry.credentials.CredentialsAwaited;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestParties;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.SensitiveVariables;
import org.appregistry.workflow.UserTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_ProvideCredentials, form provide-credentials: Review &amp; Manage Downloads for one
 * organisation's request (the record). When it opens, the vendor's developers hear that a request
 * waits for them. Typed secrets and pasted certificates are sensitive: the listener removes them
 * in the transaction that submitted them and the history filter keeps them out of history.
 */
@Component
class ProvideCredentialsTask implements UserTask<Provision>, SensitiveVariables {

    static final String MODE = "credentialMode";
    static final String PRODUCTION_SECRET = "productionSecret";
    static final String NON_PRODUCTION_SECRET = "nonProductionSecret";
    static final String PRODUCTION_CERTIFICATE = "productionCertificate";
    static final String NON_PRODUCTION_CERTIFICATE = "nonProductionCertificate";
    static final String PRODUCTION_JWKS_URL = "productionJwksUrl";
    static final String NON_PRODUCTION_JWKS_URL = "nonProductionJwksUrl";
    /** Task labels, shown on the form and in Tasklist's list. */
    static final String LABEL_ORGANIZATION_NAME = "organizationName";
    static final String LABEL_APP_NAME = "appName";

    private final CredentialService credentials;
    private final DownloadService downloads;
    private final ApplicationEventPublisher events;

    ProvideCredentialsTask(CredentialService credentials, DownloadService downloads, ApplicationEventPublisher events) {
        this.credentials = credentials;
        this.downloads = downloads;
        this.events = events;
    }

    @Override
    public TaskKind<Provision> kind() {
        return CredentialTasks.PROVIDE;
    }

    @Override
    public TaskRef task() {
        return new TaskRef(SecretProvisioningProcess.KEY, SecretProvisioningProcess.TASK_PROVIDE);
    }

    /** Typed secrets, and pasted certificates that may hold a private key by mistake: never persisted. */
    @Override
    public Set<String> names() {
        return Set.of(PRODUCTION_SECRET, NON_PRODUCTION_SECRET, PRODUCTION_CERTIFICATE, NON_PRODUCTION_CERTIFICATE,
                PRODUCTION_JWKS_URL, NON_PRODUCTION_JWKS_URL);
    }

    @Override
    public Provision parse(FormValues form) {
        CredentialMode mode = form.text(MODE).map(ProvideCredentialsTask::mode)
                .orElseThrow(() -> new InvalidInputException(MODE, "choose how the app authenticates"));
        if (mode == CredentialMode.GENERATE) {
            throw new InvalidInputException(MODE, "generated secrets are shown once, in the answer of Review & "
                    + "Manage Downloads over /api; here, set secrets of your own");
        }
        return new Provision(mode,
                input(form, PRODUCTION_SECRET, PRODUCTION_CERTIFICATE, PRODUCTION_JWKS_URL),
                input(form, NON_PRODUCTION_SECRET, NON_PRODUCTION_CERTIFICATE, NON_PRODUCTION_JWKS_URL));
    }

    @Override
    public void answer(UUID requestId, String userId, Provision provision) {
        credentials.provide(requestId, userId, provision);
    }

    @Override
    public Map<String, Object> labels(UUID requestId) {
        RequestParties request = downloads.parties(requestId);
        return Map.of(LABEL_ORGANIZATION_NAME, request.organizationName(), LABEL_APP_NAME, request.appName());
    }

    @Override
    public void opened(UUID requestId) {
        events.publishEvent(new CredentialsAwaited(downloads.parties(requestId)));
    }

    @Override
    public String notWaiting() {
        return "This request does not await credentials.";
    }

    private static CredentialMode mode(String mode) {
        try {
            return CredentialMode.valueOf(mode.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(MODE, "must be SET, PUBLIC_KEY, JWKS_URL or NONE");
        }
    }

    private static CredentialInput input(FormValues form, String secret, String certificate, String jwksUrl) {
        return new CredentialInput(form.text(secret).orElse(null), form.text(certificate).orElse(null),
                form.text(jwksUrl).orElse(null));
    }
}
