package org.appregistry.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The modelling habits the project keeps, checked on every build: each model draws in Cockpit
 * and the Modeler, says what its elements are, names who works its user tasks and with which
 * form, and has a history time-to-live. One finding per line: {@code file: element: problem}.
 */
final class ModelValidator {

    /** IDs the Modeler generates (Activity_0x1y2z3, Flow_1abcdef, StartEvent_1, Gateway_2). */
    private static final Pattern GENERATED_ID = Pattern.compile(
            "^[A-Za-z]+_(?=[a-z0-9]*[0-9])[0-9a-z]{7}$|^[A-Za-z]+_\\d+$|^(sid|id)-[0-9a-fA-F-]+$");

    private final Set<String> formIds;

    ModelValidator(Set<String> formIds) {
        this.formIds = formIds;
    }

    List<String> validateBpmn(Path file) {
        List<String> findings = new ArrayList<>();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String name = file.getFileName().toString();
        Set<String> shapes = referenced(model.getModelElementsByType(BpmnShape.class).stream()
                .<BaseElement>map(BpmnShape::getBpmnElement).toList());
        Set<String> edges = referenced(model.getModelElementsByType(BpmnEdge.class).stream()
                .<BaseElement>map(BpmnEdge::getBpmnElement).toList());
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        for (Process process : processes) {
            if (!name.equals(kebab(process.getId()) + ".bpmn")) {
                findings.add(name + ": " + process.getId() + ": file name must be " + kebab(process.getId()) + ".bpmn");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                findings.add(name + ": " + process.getId() + ": no camunda:historyTimeToLive");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String at = name + ": " + node.getId() + ": ";
            if (!shapes.contains(node.getId())) {
                findings.add(at + "has no diagram shape");
            }
            checkId(node, at, findings);
            if ((node.getName() == null || node.getName().isBlank()) && !(node instanceof ParallelGateway)) {
                findings.add(at + "has no name");
            }
            if (node instanceof UserTask task) {
                checkUserTask(task, at, findings);
            }
            if ((node instanceof ServiceTask || node instanceof SendTask) && !hasImplementation(node)) {
                findings.add(at + "names no implementation");
            }
            if (node instanceof BusinessRuleTask rule && rule.getCamundaDecisionRef() == null
                    && rule.getCamundaDelegateExpression() == null && rule.getCamundaClass() == null) {
                findings.add(at + "names no decision");
            }
            if (node instanceof CallActivity call && call.getCalledElement() == null) {
                findings.add(at + "calls no process");
            }
            // by sourceRef: a model need not list a node's <outgoing> flows
            List<SequenceFlow> outgoing = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(flow -> flow.getSource() == node).toList();
            if (node instanceof ExclusiveGateway gateway && outgoing.size() > 1) {
                for (SequenceFlow flow : outgoing) {
                    if (flow.getConditionExpression() == null && flow != gateway.getDefault()) {
                        findings.add(name + ": " + flow.getId() + ": leaves " + gateway.getId()
                                + " with neither a condition nor being its default");
                    }
                }
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                findings.add(name + ": " + flow.getId() + ": has no diagram edge");
            }
            checkId(flow, name + ": " + flow.getId() + ": ", findings);
        }
        return findings;
    }

    List<String> validateDmn(Path file) {
        List<String> findings = new ArrayList<>();
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        String name = file.getFileName().toString();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                findings.add(name + ": " + decision.getId() + ": no camunda:historyTimeToLive");
            }
            if (!name.equals(kebab(decision.getId()) + ".dmn")) {
                findings.add(name + ": " + decision.getId() + ": file name must be " + kebab(decision.getId()) + ".dmn");
            }
        }
        return findings;
    }

    private void checkUserTask(UserTask task, String at, List<String> findings) {
        String formRef = task.getCamundaFormRef();
        if (formRef == null && task.getCamundaFormKey() == null) {
            findings.add(at + "names no form");
        } else if (formRef != null && !formRef.startsWith("${") && !formIds.contains(formRef)) {
            findings.add(at + "formRef '" + formRef + "' matches no form in forms/");
        }
        if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null
                && task.getCamundaCandidateUsers() == null) {
            findings.add(at + "names no candidate group or assignee");
        }
    }

    private static void checkId(BaseElement element, String at, List<String> findings) {
        if (GENERATED_ID.matcher(element.getId()).find()) {
            findings.add(at + "generated ID; name it after what it is (e.g. Task_ProvisionCredentials)");
        }
    }

    private static boolean hasImplementation(FlowNode node) {
        return node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression") != null
                || node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class") != null
                || node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "expression") != null
                || node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "type") != null;
    }

    private static Set<String> referenced(List<BaseElement> elements) {
        return elements.stream().filter(Objects::nonNull).map(BaseElement::getId).collect(Collectors.toSet());
    }

    static String kebab(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    static List<Path> files(Path folder, String suffix) {
        try (var paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
