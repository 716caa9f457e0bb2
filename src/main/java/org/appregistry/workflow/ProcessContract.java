package org.appregistry.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the models and forms this application ships promise, read once from {@code processes/}
 * and {@code forms/}: which form a start event or a user task shows, and which fields each form
 * has. The engine's doors allow a person to send exactly these fields and nothing else, and the
 * task listener reads exactly these; the contract tests hold the Java constants to the same files.
 */
@Component
public class ProcessContract {

    private final Map<String, String> startForms = new HashMap<>();
    private final Set<TaskRef> userTasks = new LinkedHashSet<>();
    private final Map<TaskRef, String> taskForms = new HashMap<>();
    private final Map<String, Set<String>> formFields = new HashMap<>();

    /** A user task of a process: its process key and element id. */
    public record TaskRef(String processKey, String taskKey) {
    }

    public ProcessContract() {
        this("classpath*:processes/**/*.bpmn", "classpath*:forms/**/*.form");
    }

    ProcessContract(String models, String forms) {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            for (Resource model : resolver.getResources(models)) {
                try (InputStream in = model.getInputStream()) {
                    readModel(Bpmn.readModelFromStream(in));
                }
            }
            ObjectMapper json = new ObjectMapper();
            for (Resource form : resolver.getResources(forms)) {
                try (InputStream in = form.getInputStream()) {
                    JsonNode schema = json.readTree(in);
                    Set<String> fields = new LinkedHashSet<>();
                    collectFields(schema, fields);
                    formFields.put(schema.path("id").asText(), Set.copyOf(fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models and forms", e);
        }
    }

    private void readModel(BpmnModelInstance model) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    startForms.put(process.getId(), start.getCamundaFormRef());
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (process.equals(processOf(task))) {
                    TaskRef ref = new TaskRef(process.getId(), task.getId());
                    userTasks.add(ref);
                    if (task.getCamundaFormRef() != null) {
                        taskForms.put(ref, task.getCamundaFormRef());
                    }
                }
            }
        }
    }

    private static Process processOf(UserTask task) {
        var parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    /** Input fields are the components with a key; text and layout components have none. */
    private static void collectFields(JsonNode container, Set<String> fields) {
        for (JsonNode component : container.path("components")) {
            if (component.hasNonNull("key")) {
                fields.add(component.get("key").asText());
            }
            collectFields(component, fields);
        }
    }

    public Optional<String> startFormOf(String processKey) {
        return Optional.ofNullable(startForms.get(processKey));
    }

    public Optional<String> formOf(TaskRef task) {
        return Optional.ofNullable(taskForms.get(task));
    }

    /** The fields a start event's form lets a person send; none when it has no form. */
    public Set<String> startFieldsOf(String processKey) {
        return startFormOf(processKey).map(this::fieldsOf).orElse(Set.of());
    }

    /** The fields a user task's form lets a person send; none when it has no form. */
    public Set<String> fieldsOf(TaskRef task) {
        return formOf(task).map(this::fieldsOf).orElse(Set.of());
    }

    public Set<String> fieldsOf(String formId) {
        Set<String> fields = formFields.get(formId);
        if (fields == null) {
            throw new IllegalStateException("no form with id '" + formId + "' in forms/");
        }
        return fields;
    }

    /** Every user task of every model. */
    public Set<TaskRef> userTasks() {
        return Set.copyOf(userTasks);
    }

    public Set<String> forms() {
        return Set.copyOf(formFields.keySet());
    }
}
