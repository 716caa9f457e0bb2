package org.appregistry.workflow;

import java.util.Optional;
import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.common.TaskKind;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * /api's door to a user task: finds the open task of the kind for the record and completes it
 * signed in to the engine as the person, as Tasklist does, handing over the answer /api parsed.
 * The task's listener then calls the use case, so each answer is written once whichever door it
 * came through. When several tasks of the kind wait for one record (agreement checks of one
 * organisation), the oldest is answered; the process releases the others.
 */
@Component
public class UserTasks implements TaskAnswers {

    private final UserTaskRegistry adapters;
    private final ProcessEngine engine;
    private final TaskService tasks;
    private final ProcessStarts people;

    UserTasks(UserTaskRegistry adapters, ProcessEngine engine, ProcessStarts people) {
        this.adapters = adapters;
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.people = people;
    }

    @Override
    @Transactional
    public <A> void answer(TaskKind<A> kind, UUID recordId, String userId, A answer) {
        UserTask<A> adapter = adapters.of(kind);
        Task task = open(adapter, recordId).orElseThrow(() -> new ConflictException(adapter.notWaiting()));
        AnswerInFlight.put(task.getId(), kind, answer);
        try {
            people.asPerson(userId, () -> Refusals.unwrapped(() -> {
                if (task.getAssignee() == null) {
                    tasks.claim(task.getId(), userId);
                }
                tasks.complete(task.getId());
                return null;
            }));
        } finally {
            AnswerInFlight.clear();
        }
    }

    /**
     * Brings the open task's form and labels up to date with its record, e.g. after the record
     * changed over /api while the task waited. The application's bookkeeping, done as itself.
     */
    public void refresh(TaskKind<?> kind, UUID recordId) {
        UserTask<?> adapter = adapters.of(kind);
        AsSystem.run(engine, () -> open(adapter, recordId).ifPresent(task -> {
            engine.getRuntimeService().setVariables(task.getExecutionId(), adapter.formValues(recordId));
            tasks.setVariablesLocal(task.getId(), adapter.labels(recordId));
        }));
    }

    @Override
    public boolean isOpen(TaskKind<?> kind, UUID recordId) {
        return open(adapters.of(kind), recordId).isPresent();
    }

    private Optional<Task> open(UserTask<?> adapter, UUID recordId) {
        return tasks.createTaskQuery()
                .processDefinitionKey(adapter.task().processKey())
                .taskDefinitionKey(adapter.task().taskKey())
                .processInstanceBusinessKey(recordId.toString())
                .orderByTaskCreateTime().asc()
                .listPage(0, 1).stream().findFirst();
    }
}
