package org.appregistry.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appregistry.common.TaskKind;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.springframework.stereotype.Component;

/** Every {@link UserTask} adapter, found by the task it answers and by its kind. */
@Component
public class UserTaskRegistry {

    private final Map<TaskRef, UserTask<?>> byTask = new HashMap<>();
    private final Map<TaskKind<?>, UserTask<?>> byKind = new HashMap<>();

    public UserTaskRegistry(List<UserTask<?>> adapters) {
        for (UserTask<?> adapter : adapters) {
            if (byTask.put(adapter.task(), adapter) != null || byKind.put(adapter.kind(), adapter) != null) {
                throw new IllegalStateException("two adapters answer " + adapter.task() + " / " + adapter.kind());
            }
        }
    }

    public Optional<UserTask<?>> of(TaskRef task) {
        return Optional.ofNullable(byTask.get(task));
    }

    @SuppressWarnings("unchecked")
    public <A> UserTask<A> of(TaskKind<A> kind) {
        UserTask<?> adapter = byKind.get(kind);
        if (adapter == null) {
            throw new IllegalStateException("no adapter answers " + kind);
        }
        return (UserTask<A>) adapter;
    }
}
