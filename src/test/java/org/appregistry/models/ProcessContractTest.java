package org.appregistry.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.appregistry.workflow.ProcessContract;
import org.appregistry.workflow.ProcessVariable;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The process contract has one source of truth: the hand-written constants of each process
 * ({@code *Process} classes in the capabilities' {@code process/} packages) and of each form's
 * parser. This test holds them to {@code processes/} and {@code forms/}, so that renaming an
 * element, a message or a form field in the Modeler fails here, not in Tasklist; and it fails when
 * Java spells a model's element id or message name as a literal instead of using the constants.
 */
class ProcessContractTest {

    /** The constants classes, one per model; each names its process(es) in KEY or *_KEY. */
    static final List<String> CONTRACTS = List.of(
            "org.appregistry.apps.process.AppRegistrationProcess",
            "org.appregistry.agreements.process.SubscriptionAgreementProcess",
            "org.appregistry.credentials.process.SecretProvisioningProcess",
            "org.appregistry.credentials.process.CertificateExpiryWatchProcess",
            "org.appregistry.credentials.process.CredentialRotationProcess",
            "org.appregistry.downloads.process.DownloadRequestProcess",
            "org.appregistry.downloads.process.AutoSyncSweepProcess",
            "org.appregistry.sync.process.EnvironmentSyncProcess",
            "org.appregistry.onboarding.process.VendorOnboardingProcess",
            "org.appregistry.sync.process.DownloadRemovalProcess",
            "org.appregistry.sync.process.ClientRecordRefreshProcess",
            "org.appregistry.sync.process.AppRetirementProcess");

    /** Prefixes of the constants that name an element of the model. */
    static final List<String> ELEMENT_PREFIXES =
            List.of("START_", "TASK_", "CALL_", "END_", "BOUNDARY_", "GATEWAY_", "EVENT_", "TIMER_");

    /**
     * Variables that no model or form spells: the application sets and reads them (a start variable
     * only /api sends, what a run did for Cockpit's history).
     */
    static final Set<String> APPLICATION_ONLY_VARIABLES =
            Set.of("organizationId", "certificatesWarned", "certificatesMarkedExpired", "startedInBatch",
                    "signupId", "appConfirmed");

    /**
     * Tests whose literals name elements of a previous release's models (src/test/resources/release-*):
     * those ids must stay as that release spelled them, whatever the current models are called.
     */
    static final Set<String> OF_PREVIOUS_RELEASES = Set.of("UpgradeIT.java");

    static final Map<String, Path> MODEL_OF_PROCESS = new HashMap<>();
    static final Map<Path, BpmnModelInstance> MODELS = new HashMap<>();
    static final ProcessContract FORMS = new ProcessContract();

    static {
        for (Path file : ModelValidator.files(ModelValidationTest.PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            MODELS.put(file, model);
            model.getModelElementsByType(Process.class).forEach(p -> MODEL_OF_PROCESS.put(p.getId(), file));
        }
    }

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void eachConstantNamesWhatItsModelHas(String contractClass) throws Exception {
        Map<String, Object> constants = constants(Class.forName(contractClass));
        List<String> keys = constants.entrySet().stream()
                .filter(c -> c.getKey().equals("KEY") || c.getKey().endsWith("_KEY"))
                .map(c -> (String) c.getValue()).toList();
        assertThat(keys).as("the process keys of " + contractClass).isNotEmpty();
        assertThat(MODEL_OF_PROCESS).as("models of " + contractClass).containsKeys(keys.toArray(String[]::new));

        Set<BpmnModelInstance> models = keys.stream().map(k -> MODELS.get(MODEL_OF_PROCESS.get(k))).collect(Collectors.toSet());
        Set<String> ids = models.stream().flatMap(m -> m.getModelElementsByType(BaseElement.class).stream())
                .map(BaseElement::getId).filter(id -> id != null).collect(Collectors.toSet());
        Set<String> messages = models.stream().flatMap(m -> m.getModelElementsByType(Message.class).stream())
                .map(Message::getName).collect(Collectors.toSet());
        Set<String> errorCodes = models.stream()
                .flatMap(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class).stream())
                .map(org.camunda.bpm.model.bpmn.instance.Error::getErrorCode).collect(Collectors.toSet());
        String modelText = keys.stream().map(k -> read(MODEL_OF_PROCESS.get(k))).collect(Collectors.joining());
        Set<String> formFields = new HashSet<>();
        keys.forEach(k -> formFields.addAll(FORMS.startFieldsOf(k)));
        FORMS.userTasks().stream().filter(t -> keys.contains(t.processKey())).forEach(t -> formFields.addAll(FORMS.fieldsOf(t)));

        int checked = 0;
        for (Map.Entry<String, Object> constant : constants.entrySet()) {
            String name = constant.getKey();
            String what = contractClass + "." + name;
            if (ELEMENT_PREFIXES.stream().anyMatch(name::startsWith)) {
                assertThat(ids).as(what + ": an element of " + keys).contains((String) constant.getValue());
            } else if (name.startsWith("MESSAGE_")) {
                assertThat(messages).as(what + ": a message of " + keys).contains((String) constant.getValue());
            } else if (name.startsWith("ERROR_")) {
                assertThat(errorCodes).as(what + ": an error code of " + keys).contains((String) constant.getValue());
            } else if (constant.getValue() instanceof ProcessVariable<?> variable) {
                assertMentioned(variable.name(), what, modelText, formFields);
            } else if (!(name.equals("KEY") || name.endsWith("_KEY"))) {
                continue;
            }
            checked++;
        }
        assertThat(checked).as("constants checked in " + contractClass).isGreaterThan(keys.size());
    }

    private static void assertMentioned(String variable, String what, String modelText, Set<String> formFields) {
        if (APPLICATION_ONLY_VARIABLES.contains(variable)) {
            assertThat(modelText).as(what + " is listed as application-only, yet its model uses it")
                    .doesNotContainPattern("\\b" + variable + "\\b");
            return;
        }
        assertThat(formFields.contains(variable) || Pattern.compile("\\b" + variable + "\\b").matcher(modelText).find())
                .as(what + ": variable '" + variable + "' is in no model or form of its process").isTrue();
    }

    /** A new model comes with its constants class, listed in CONTRACTS, or this fails. */
    @Test
    void everyModelHasItsConstantsClass() throws Exception {
        Set<String> named = new HashSet<>();
        for (String contract : CONTRACTS) {
            constants(Class.forName(contract)).forEach((name, value) -> {
                if (name.equals("KEY") || name.endsWith("_KEY")) {
                    named.add((String) value);
                }
            });
        }
        assertThat(named).as("process keys named by the *Process classes")
                .containsAll(MODEL_OF_PROCESS.keySet());
    }

    @Test
    void eachFormHasExactlyTheFieldsItsParserReads() throws Exception {
        Class<?> listing = Class.forName("org.appregistry.apps.process.ListingForm");
        Set<String> listingFields = new HashSet<>(invoke(listing, "fields"));
        Set<String> dataUse = listingFields.stream().filter(f -> f.startsWith("dataUse")).collect(Collectors.toSet());
        Map<String, Object> downloads = constants(Class.forName("org.appregistry.downloads.process.DownloadRequestProcess"));

        assertThat(FORMS.fieldsOf("create-an-app")).containsExactlyInAnyOrderElementsOf(minus(listingFields, dataUse));
        assertThat(FORMS.fieldsOf("finalize-app"))
                .containsExactlyInAnyOrderElementsOf(plus(listingFields, (String) constants(listing).get("TERMS_ACCEPTED")));
        assertThat(FORMS.fieldsOf("sign-agreement"))
                .containsExactlyInAnyOrderElementsOf(fieldNames("org.appregistry.agreements.process.SignAgreementTask"));
        assertThat(FORMS.fieldsOf("provide-credentials"))
                .containsExactlyInAnyOrderElementsOf(fieldNames("org.appregistry.credentials.process.ProvideCredentialsTask"));
        Set<String> kickoff = downloads.entrySet().stream()
                .filter(c -> c.getKey().startsWith("KICKOFF_") || c.getKey().equals("SKIP_KICKOFF"))
                .map(c -> (String) c.getValue()).collect(Collectors.toCollection(HashSet::new));
        kickoff.addAll(((Map<?, String>) downloads.get("STAKEHOLDER_FIELDS")).values());
        assertThat(FORMS.fieldsOf("record-kickoff")).containsExactlyInAnyOrderElementsOf(kickoff);
        assertThat(FORMS.fieldsOf("confirm-app")).containsExactly((String) downloads.get("REQUEST_APP"));
        Set<String> startFields = downloads.values().stream().filter(v -> v instanceof ProcessVariable<?>)
                .map(v -> ((ProcessVariable<?>) v).name()).filter(n -> !APPLICATION_ONLY_VARIABLES.contains(n))
                .collect(Collectors.toSet());
        assertThat(FORMS.fieldsOf("request-a-download")).containsExactlyInAnyOrderElementsOf(startFields);
        Map<String, Object> onboarding = constants(Class.forName("org.appregistry.onboarding.process.VendorOnboardingProcess"));
        assertThat(FORMS.fieldsOf("review-signup")).containsExactlyInAnyOrder((String) onboarding.get("APPROVE"),
                (String) onboarding.get("REFUSAL_REASON"));
        assertThat(FORMS.forms()).as("every form is checked above").containsExactlyInAnyOrder("create-an-app",
                "finalize-app", "sign-agreement", "provide-credentials", "record-kickoff", "request-a-download",
                "review-signup", "confirm-app");
    }

    /**
     * Java names elements and messages through the constants only: a literal would survive a
     * rename in the Modeler that the constants' check above catches.
     */
    @Test
    void noJavaSpellsAnElementIdOrMessageAsALiteral() throws IOException {
        Set<String> contract = new HashSet<>();
        MODELS.values().forEach(m -> {
            m.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                    .filter(id -> id != null && id.contains("_") && !id.startsWith("Flow_") && !id.endsWith("_di")
                            && !id.startsWith("Shape_") && !id.startsWith("Edge_"))
                    .forEach(contract::add);
            m.getModelElementsByType(Message.class).forEach(msg -> contract.add(msg.getName()));
        });
        Pattern literal = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString();
                    if (CONTRACTS.stream().anyMatch(c -> name.equals(c.substring(c.lastIndexOf('.') + 1) + ".java"))
                            || OF_PREVIOUS_RELEASES.contains(name)) {
                        continue;
                    }
                    Matcher m = literal.matcher(read(file));
                    while (m.find()) {
                        if (contract.contains(m.group(1))) {
                            found.add(root.relativize(file) + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(contract).hasSizeGreaterThan(20);
        assertThat(found).as("literals of the models' ids and messages; use the *Process constants").isEmpty();
    }

    /**
     * Each bean an expression of a model names is the class of that name (decapitalised), so that
     * a reader finds {@code ${registerRequestDelegate}} by its name; anything else an expression
     * starts with is a variable a *Process class declares.
     */
    @Test
    void everyBeanAModelNamesIsTheClassOfThatName() throws Exception {
        Map<String, String> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                classes.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), read(file));
            }
        }
        Set<String> variables = new HashSet<>();
        for (String contract : CONTRACTS) {
            constants(Class.forName(contract)).values().stream().filter(v -> v instanceof ProcessVariable<?>)
                    .forEach(v -> variables.add(((ProcessVariable<?>) v).name()));
        }
        Pattern root = Pattern.compile("\\$\\{([a-zA-Z]+)[.}]");
        List<String> unknown = new ArrayList<>();
        int beans = 0;
        for (Path model : MODELS.keySet()) {
            Matcher m = root.matcher(read(model));
            while (m.find()) {
                String name = m.group(1);
                String source = classes.get(name);
                if (source != null && source.matches("(?s).*(@(Component|Service)\\b(?!\\(\")|@ConfigurationProperties).*")) {
                    beans++;
                } else if (!variables.contains(name)) {
                    unknown.add(model.getFileName() + ": ${" + name);
                }
            }
        }
        assertThat(unknown).as("expressions that name neither a bean of their class's name nor a declared variable")
                .isEmpty();
        assertThat(beans).isGreaterThan(20);
    }

    private static Set<String> fieldNames(String adapterClass) throws Exception {
        return constants(Class.forName(adapterClass)).entrySet().stream()
                .filter(c -> c.getValue() instanceof String && !c.getKey().startsWith("LABEL_"))
                .map(c -> (String) c.getValue()).collect(Collectors.toSet());
    }

    /** The static final fields of a class, by name, package-private ones included. */
    static Map<String, Object> constants(Class<?> type) throws IllegalAccessException {
        Map<String, Object> constants = new HashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && !field.isSynthetic()) {
                field.setAccessible(true);
                constants.put(field.getName(), field.get(null));
            }
        }
        return constants;
    }

    @SuppressWarnings("unchecked")
    private static List<String> invoke(Class<?> type, String method) throws Exception {
        var m = type.getDeclaredMethod(method);
        m.setAccessible(true);
        return (List<String>) m.invoke(null);
    }

    private static Set<String> minus(Collection<String> all, Collection<String> some) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static Set<String> plus(Collection<String> all, String one) {
        Set<String> more = new HashSet<>(all);
        more.add(one);
        return more;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
