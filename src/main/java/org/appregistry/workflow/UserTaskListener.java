package org.appregistry.workflow;

import java.util.Set;
import java.util.UUID;

import org.appregistry.workflow.ProcessContract.TaskRef;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The one way through every user task, attached by {@link UserTaskPlugin} to each user task of
 * every model as a built-in listener (which no "skip custom listeners" skips). When a task opens,
 * its adapter fills the form and the task's labels; when it completes — from Tasklist, from
 * /engine-rest or from /api — the adapter's use case gets the record from the business key, the
 * person from the engine's login, and the answer either handed over by /api or parsed from the
 * form's fields (and only those). The fields then leave the process: it keeps ids, not payloads.
 */
class UserTaskListener implements TaskListener {

    private final ObjectProvider<UserTaskRegistry> adapters;
    private final ProcessContract contract;

    UserTaskListener(ObjectProvider<UserTaskRegistry> adapters, ProcessContract contract) {
        this.adapters = adapters;
        this.contract = contract;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskRef ref = refOf(task);
        UserTask<?> adapter = adapters.getObject().of(ref)
                .orElseThrow(() -> new IllegalStateException("no adapter answers the user task " + ref));
        UUID recordId = RecordId.of(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariables(adapter.formValues(recordId));
            task.setVariablesLocal(adapter.labels(recordId));
            adapter.opened(recordId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, ref, adapter, recordId);
        }
    }

    private <A> void complete(DelegateTask task, TaskRef ref, UserTask<A> adapter, UUID recordId) {
        String person = Context.getCommandContext().getAuthenticatedUserId();
        if (person == null) {
            throw new IllegalStateException("task " + task.getId() + " is completed by nobody signed in");
        }
        Set<String> fields = contract.fieldsOf(ref);
        A answer = AnswerInFlight.take(task.getId(), adapter.kind())
                .orElseGet(() -> adapter.parse(new FormValues(key -> fields.contains(key) ? task.getVariable(key) : null)));
        adapter.answer(recordId, person, answer);
        // a refusal rolls everything back; an answer leaves no payload behind
        task.getExecution().removeVariables(fields);
    }

    private static TaskRef refOf(DelegateTask task) {
        String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
        return new TaskRef(processKey, task.getTaskDefinitionKey());
    }
}
