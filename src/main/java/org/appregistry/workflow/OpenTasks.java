package org.appregistry.workflow;

import java.util.Map;
import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * How /api acts on a user task: it finds the one open task of a kind for a domain record (the
 * business key) and completes it in the user's name, as Tasklist does after a claim, so both
 * paths go through the same task and its listeners.
 */
@Component
public class OpenTasks {

    private final TaskService tasks;

    public OpenTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The open task's id; a 409 saying {@code whyNot} when the record does not wait at that task. */
    public String require(UUID businessKey, String taskDefinitionKey, String whyNot) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey.toString())
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        if (task == null) {
            throw new ConflictException(whyNot);
        }
        return task.getId();
    }

    public void completeAs(String taskId, String userId, Map<String, Object> variables) {
        tasks.setAssignee(taskId, userId);
        tasks.complete(taskId, variables);
    }
}
