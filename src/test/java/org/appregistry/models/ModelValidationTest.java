package org.appregistry.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** Fails the build when a model or form breaks the project's modelling habits (see ModelValidator). */
class ModelValidationTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyModelKeepsTheHabits() {
        ModelValidator validator = new ModelValidator(formIds());
        List<Path> bpmn = ModelValidator.files(PROCESSES, ".bpmn");
        List<Path> dmn = ModelValidator.files(PROCESSES, ".dmn");

        assertThat(bpmn).isNotEmpty();
        assertThat(bpmn.stream().flatMap(f -> validator.validateBpmn(f).stream())).isEmpty();
        assertThat(dmn.stream().flatMap(f -> validator.validateDmn(f).stream())).isEmpty();
    }

    @Test
    void everyCalledProcessExists() {
        List<Path> bpmn = ModelValidator.files(PROCESSES, ".bpmn");
        Set<String> keys = bpmn.stream()
                .flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toSet());

        assertThat(bpmn.stream()
                .flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(CallActivity.class).stream())
                .map(CallActivity::getCalledElement))
                .isNotEmpty().allMatch(keys::contains);
    }

    @Test
    void everyFormIsNamedAfterItsId() throws IOException {
        for (Path form : ModelValidator.files(FORMS, ".form")) {
            JsonNode schema = JSON.readTree(form.toFile());
            assertThat(form.getFileName().toString()).isEqualTo(schema.path("id").asText() + ".form");
            assertThat(schema.path("components").isArray()).isTrue();
        }
    }

    @Test
    void theValidatorCatchesEachBrokenHabit() {
        ModelValidator validator = new ModelValidator(Set.of("existing-form"));
        List<String> findings = validator.validateBpmn(Path.of("src/test/resources/broken-models/broken-process.bpmn"));

        assertThat(findings).anyMatch(f -> f.contains("brokenProcess: no camunda:historyTimeToLive"))
                .anyMatch(f -> f.contains("Activity_0abc123: generated ID"))
                .anyMatch(f -> f.contains("Task_NoForm: names no form"))
                .anyMatch(f -> f.contains("Task_NoForm: names no candidate group"))
                .anyMatch(f -> f.contains("Task_MissingForm: formRef 'missing-form' matches no form"))
                .anyMatch(f -> f.contains("Task_NoShape: has no diagram shape"))
                .anyMatch(f -> f.contains("Flow_NoEdge: has no diagram edge"))
                .anyMatch(f -> f.contains("Task_NoImplementation: names no implementation"))
                .anyMatch(f -> f.contains("Activity_0abc123: has no name"))
                .anyMatch(f -> f.contains("Flow_NoCondition: leaves Gateway_Choice"));
        assertThat(validator.validateBpmn(Path.of("src/test/resources/broken-models/no-diagram.bpmn")))
                .anyMatch(f -> f.contains("StartEvent_Begin: has no diagram shape"));
    }

    private static Set<String> formIds() {
        return ModelValidator.files(FORMS, ".form").stream().map(f -> {
            try {
                return JSON.readTree(f.toFile()).path("id").asText();
            } catch (IOException e) {
                throw new IllegalStateException(f + " is not a readable form", e);
            }
        }).collect(Collectors.toSet());
    }
}
