package org.appregistry.credentials.process;

import java.util.Map;
import java.util.UUID;

import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService.Provisioned;
import org.appregistry.workflow.OpenTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How /api answers Review &amp; Manage Downloads: provision, then complete the developers' task,
 * in one transaction, so the request is enabled and its sync starts at once.
 */
@Component
public class CredentialsTask {

    private final CredentialService credentials;
    private final OpenTasks tasks;

    public CredentialsTask(CredentialService credentials, OpenTasks tasks) {
        this.credentials = credentials;
        this.tasks = tasks;
    }

    @Transactional
    public Provisioned provideAndComplete(UUID requestId, Provision provision, String developer) {
        String task = tasks.require(requestId, SecretProvisioningProcess.TASK_PROVIDE,
                "This request does not await credentials.");
        Provisioned provisioned = credentials.provision(requestId, provision, developer);
        tasks.completeAs(task, developer, Map.of());
        return provisioned;
    }
}
