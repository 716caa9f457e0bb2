package org.appregistry.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.agreements.process.SubscriptionAgreementProcess;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.identity.Groups;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.workflow.ModelUpgrade;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests wait for weeks (credentials, agreement, kickoff): an upgrade must not strand them.
 * The previous release's models (release-7, kept under src/test/resources/release-7) hold
 * instances at each long wait, in the state release 7 left them; then the current models are
 * deployed and the waiting instances migrated to them, as a start of the new release does
 * (workflow/ModelUpgrade), and every waiting instance is answered through /api and completes
 * (docs/operations.md, "Upgrading"). Left on its old version, release 7's kickoff task would call
 * a listener bean that no longer is one when answered.
 */
class UpgradeIT extends IntegrationTest {

    private static final List<String> PREVIOUS = List.of("download-request", "subscription-agreement",
            "secret-provisioning");
    private static final List<String> CURRENT = List.of("download-request", "subscription-agreement",
            "secret-provisioning");

    @Autowired
    DownloadService downloads;
    @Autowired
    ModelUpgrade upgrade;

    private Deployment previous;
    private Deployment current;

    /** The latest versions are the current models again for the tests that follow. */
    @AfterEach
    void currentModelsLatest() {
        if (previous != null && current == null) {
            deploy("processes/", ".bpmn", CURRENT, "current models");
        }
    }

    @Test
    void instancesWaitingOnThePreviousModelsCompleteAfterTheUpgrade() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        TestOrganization unsigned = world.organization();
        signAgreement(organization);
        JsonNode patientApp = activeApp(vendor.developer(), TestListings.complete());
        JsonNode backendApp = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        String synced = request(organization, patientApp);
        String waiting = request(organization, backendApp);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            executeDueJobs();
            return downloads.get(UUID.fromString(synced)).getStatus() == RequestStatus.SYNCED
                    && downloads.get(UUID.fromString(waiting)).getStatus() == RequestStatus.NOT_RESPONDED;
        });
        // release 7 is running: its models are the latest, and its instances wait where ours wait now
        // (the same element ids in both releases, hence the current constants)
        previous = deploy("release-7/processes/", ".bpmn", PREVIOUS, "release 7");
        ProcessInstance kickoff = replaceWithPrevious("downloadRequest", synced, DownloadRequestProcess.TASK_RECORD_KICKOFF,
                Map.of("organizationId", organization.id().toString(), "requestId", synced));
        ProcessInstance credentials = replaceWithPrevious("secretProvisioning", waiting, SecretProvisioningProcess.TASK_PROVIDE,
                Map.of("organizationId", organization.id().toString(), "requestId", waiting,
                        "appId", backendApp.path("id").asText(), "vendorId", vendor.id().toString()));
        ProcessInstance agreement = startPrevious("subscriptionAgreement", unsigned.id().toString(),
                SubscriptionAgreementProcess.TASK_SIGN, Map.of("organizationId", unsigned.id().toString()));

        // the upgrade: the new release deploys its models and, as it starts, moves the waiting instances
        current = deploy("processes/", ".bpmn", CURRENT, "current models");
        assertThat(latest("downloadRequest").getDeploymentId()).isEqualTo(current.getId());
        assertThat(upgrade.migrateToLatest()).isGreaterThanOrEqualTo(3);
        for (ProcessInstance instance : List.of(kickoff, credentials, agreement)) {
            String definition = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
            assertThat(engine.getRepositoryService().getProcessDefinition(definition).getDeploymentId())
                    .as("migrated to the current model").isEqualTo(current.getId());
        }

        Reply kickoffAnswer = as(organization.purchaser()).post("/api/organizations/" + organization.id()
                + "/downloads/" + synced + "/kickoff", Map.of("skip", true));
        assertThat(kickoffAnswer.status()).as(kickoffAnswer.text()).isEqualTo(200);
        Reply credentialsAnswer = as(vendor.developer()).post("/api/apps/" + backendApp.path("id").asText()
                + "/downloads/" + waiting + "/credentials", Map.of("mode", "GENERATE"));
        assertThat(credentialsAnswer.status()).as(credentialsAnswer.text()).isEqualTo(200);
        signAgreement(unsigned);
        executeDueJobs();

        for (ProcessInstance instance : List.of(kickoff, credentials, agreement)) {
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                    .as(instance.getProcessDefinitionId()).isZero();
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getId()).singleResult().getEndTime())
                    .as(instance.getProcessDefinitionId() + " completed").isNotNull();
        }
        assertThat(downloads.get(UUID.fromString(waiting)).getStatus()).isNotEqualTo(RequestStatus.NOT_RESPONDED);
    }

    private String request(TestOrganization organization, JsonNode app) {
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        return requested.json().path("requestId").asText();
    }

    /** The current instance at this wait goes; one of release 7 waits there instead, as release 7 left it. */
    private ProcessInstance replaceWithPrevious(String key, String businessKey, String activity,
            Map<String, Object> variables) {
        ProcessInstance now = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(businessKey).singleResult();
        String root = now.getRootProcessInstanceId();
        engine.getRuntimeService().deleteProcessInstance(root, "replaced by release 7's instance", true, true);
        return startPrevious(key, businessKey, activity, variables);
    }

    /**
     * An instance of release 7's model at this activity, with the variables release 7 kept; its
     * task's candidate groups and its reminder's cycle come from what release 7 named
     * {@code groups} and {@code registrySettings} (both gone since), which only the task's
     * creation needs.
     */
    private ProcessInstance startPrevious(String key, String businessKey, String activity,
            Map<String, Object> variables) {
        ProcessDefinition old = engine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(previous.getId()).processDefinitionKey(key).singleResult();
        Map<String, Object> all = new HashMap<>(variables);
        return engine.getRuntimeService().createProcessInstanceById(old.getId()).businessKey(businessKey)
                .setVariables(all)
                .setVariable("groups", Variables.objectValue(new Release7Groups(), true).create())
                .setVariable("registrySettings", Variables.objectValue(new Release7Settings(), true).create())
                .startBeforeActivity(activity)
                // what release 7's listeners did at the task's creation is done: theirs are gone
                .execute(true, false);
    }

    private ProcessDefinition latest(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
    }

    private Deployment deploy(String folder, String suffix, List<String> names, String name) {
        RepositoryService repository = engine.getRepositoryService();
        var deployment = repository.createDeployment().name(name);
        for (String model : names) {
            deployment.addClasspathResource(folder + model + suffix);
        }
        return deployment.deploy();
    }

    /** What release 7's bean {@code groups} answered. */
    public static final class Release7Groups {

        /** something to write: the engine serializes even a transient object */
        public String getRelease() {
            return "7";
        }

        public String purchasersOf(Object organizationId) {
            return Groups.organizationPurchasers(UUID.fromString(organizationId.toString()));
        }

        public String developersOf(Object vendorId) {
            return Groups.vendorDevelopers(UUID.fromString(vendorId.toString()));
        }
    }

    /** What release 7's bean {@code registrySettings} answered for the reminders (its defaults). */
    public static final class Release7Settings {

        public String getCredentialsReminderCycle() {
            return "R/P3D";
        }

        public String getAgreementReminderCycle() {
            return "R/P7D";
        }

        public String getKickoffReminderCycle() {
            return "R/P14D";
        }
    }
}
