package org.appregistry.credentials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.common.ConflictException;
import org.appregistry.common.NotFoundException;
import org.appregistry.credentials.Credential;
import org.appregistry.credentials.CredentialAnswers;
import org.appregistry.credentials.CredentialMode;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialService.Rotated;
import org.appregistry.credentials.CredentialService.Rotation;
import org.appregistry.credentials.CredentialState;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.sync.ClientRecord;
import org.appregistry.sync.ClientRecords;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * credentialRotation step by step, the jobs driven by the test: both credentials synced, then the
 * overlap's end by the engine's clock, or an early retirement by message, and the record synced
 * with the new credentials only. No variable, no secret in the process.
 */
class CredentialRotationProcessIT extends IntegrationTest {

    @Autowired
    CredentialService credentials;
    @Autowired
    CredentialAnswers answers;
    @Autowired
    DownloadService downloads;
    @Autowired
    DownloadRequests starter;
    @Autowired
    AgreementService agreements;
    @Autowired
    ClientRecords records;

    TestVendor vendor;
    UUID requestId;

    @BeforeEach
    void aSyncedRequestWithGeneratedSecrets() {
        vendor = world.vendor();
        TestOrganization organization = world.organization();
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
        var app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        requestId = starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
        executeDueJobs();
        answers.provide(requestId, CredentialMode.GENERATE, null, null, vendor.developer());
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
    }

    @Test
    void bothCredentialsAreSyncedUntilTheOverlapEndsThenTheNewOnesOnly() {
        Rotated rotated = credentials.rotate(requestId, vendor.developer(), generate());
        ProcessInstance rotation = rotationOf(requestId);

        assertThat(rotation).isWaitingAt(CredentialRotationProcess.CALL_SYNC_BOTH);
        assertThat(environmentStatuses()).containsOnly(SyncStatus.PENDING);
        executeDueJobs();
        assertThat(rotation).isWaitingAt(CredentialRotationProcess.GATEWAY_OVERLAP);
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(rotation.getId())
                .eventName(CredentialRotationProcess.MESSAGE_PREVIOUS_RETIRED).count()).isOne();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(rotation.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(rotated.previousValidUntil()));
        assertThat(environmentStatuses()).containsOnly(SyncStatus.SYNCED);
        assertThat(recordCredentials(EnvironmentKind.PRODUCTION)).hasSize(2)
                .anySatisfy(c -> assertThat(c.validUntil()).isEqualTo(rotated.previousValidUntil()))
                .anySatisfy(c -> assertThat(c.validUntil()).isNull());
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);

        clock.moveForward(Duration.ofDays(7).plusMinutes(1));
        executeDueJobs();

        assertThat(rotation).isEnded().hasPassed(CredentialRotationProcess.TASK_RETIRE_PREVIOUS,
                CredentialRotationProcess.CALL_SYNC_CURRENT, CredentialRotationProcess.END_ROTATION_DONE);
        assertThat(states()).containsExactlyInAnyOrder(CredentialState.CURRENT, CredentialState.CURRENT,
                CredentialState.RETIRED, CredentialState.RETIRED);
        assertThat(recordCredentials(EnvironmentKind.PRODUCTION)).singleElement()
                .satisfies(c -> assertThat(c.validUntil()).isNull());
        assertThat(environmentStatuses()).containsOnly(SyncStatus.SYNCED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(rotation.getId()).count()).as("no variable of its own").isZero();
    }

    @Test
    void anEarlyRetirementEndsTheOverlapByMessage() {
        credentials.rotate(requestId, vendor.developer(), generate());
        ProcessInstance rotation = rotationOf(requestId);
        executeDueJobs();

        credentials.retirePrevious(requestId, vendor.developer());

        assertThat(rotation).hasPassed(CredentialRotationProcess.EVENT_PREVIOUS_RETIRED_EARLY)
                .hasNotPassed(CredentialRotationProcess.TASK_RETIRE_PREVIOUS);
        assertThat(states()).filteredOn(CredentialState.RETIRED::equals).hasSize(2);
        executeDueJobs();
        assertThat(rotation).isEnded().hasPassed(CredentialRotationProcess.CALL_SYNC_CURRENT);
        assertThat(recordCredentials(EnvironmentKind.NON_PRODUCTION)).hasSize(1);
        assertThatThrownBy(() -> credentials.retirePrevious(requestId, vendor.developer()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRetirementBeforeTheFirstSyncFinishedIsNotLost() {
        credentials.rotate(requestId, vendor.developer(), new Rotation(CredentialMode.GENERATE,
                Set.of(EnvironmentKind.NON_PRODUCTION), null, null));
        ProcessInstance rotation = rotationOf(requestId);
        credentials.retirePrevious(requestId, vendor.developer());

        executeDueJobs();

        assertThat(rotation).isEnded().hasPassed(CredentialRotationProcess.TIMER_OVERLAP_ENDS,
                CredentialRotationProcess.CALL_SYNC_CURRENT);
        assertThat(recordCredentials(EnvironmentKind.NON_PRODUCTION)).hasSize(1);
        assertThat(recordCredentials(EnvironmentKind.PRODUCTION)).hasSize(1);
    }

    @Test
    void onlyTheAppsOwnDevelopersRotateAndRetire() {
        String stranger = world.vendor().developer();

        assertThatThrownBy(() -> credentials.rotate(requestId, stranger, generate()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> credentials.retirePrevious(requestId, stranger))
                .isInstanceOf(NotFoundException.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CredentialRotationProcess.KEY).processInstanceBusinessKey(requestId.toString())
                .count()).isZero();
        assertThat(states()).containsOnly(CredentialState.CURRENT);
    }

    private static Rotation generate() {
        return new Rotation(CredentialMode.GENERATE, null, null, null);
    }

    private ProcessInstance rotationOf(UUID request) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CredentialRotationProcess.KEY).processInstanceBusinessKey(request.toString())
                .singleResult();
    }

    private List<CredentialState> states() {
        return credentials.ofRequest(requestId).stream().map(Credential::getState).toList();
    }

    private List<SyncStatus> environmentStatuses() {
        return downloads.environmentsOf(requestId).stream().map(e -> e.getSyncStatus()).toList();
    }

    private List<ClientRecord.Credential> recordCredentials(EnvironmentKind kind) {
        var environment = downloads.environmentsOf(requestId).stream().filter(e -> e.getKind() == kind).findFirst()
                .orElseThrow();
        return records.build(requestId, environment.getEnvironmentId()).credentials();
    }
}
