package org.appregistry.credentials.process;

import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService.Provisioned;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How /api answers Review &amp; Manage Downloads: provision, then complete the developers' task,
 * in one transaction, so the request is enabled and its sync starts at once.
 */
@Component
public class CredentialsTask {

    private final CredentialService credentials;
    private final TaskService tasks;

    public CredentialsTask(CredentialService credentials, TaskService tasks) {
        this.credentials = credentials;
        this.tasks = tasks;
    }

    @Transactional
    public Provisioned provideAndComplete(UUID requestId, Provision provision, String developer) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(requestId.toString())
                .taskDefinitionKey(SecretProvisioningProcess.TASK_PROVIDE)
                .singleResult();
        if (task == null) {
            throw new ConflictException("This request does not await credentials.");
        }
        Provisioned provisioned = credentials.provision(requestId, provision, developer);
        tasks.setAssignee(task.getId(), developer);
        tasks.complete(task.getId());
        return provisioned;
    }
}
