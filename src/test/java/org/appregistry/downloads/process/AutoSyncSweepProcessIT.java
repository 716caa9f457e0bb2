package org.appregistry.downloads.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import org.appregistry.AppRegistryApplication;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.credentials.CredentialMode;
import org.appregistry.credentials.CredentialService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestProfiles;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * autoSyncSweep with the job executor off: the timer, bounded batches, organisations that sign
 * later, and never a second request, not even from two nodes over one database. A context of its own (fresh database), because the sweep
 * crosses every eligible app with every signed organisation.
 */
@TestPropertySource(properties = "registry.auto-sync.batch-size=2")
class AutoSyncSweepProcessIT extends IntegrationTest {

    @Autowired
    DownloadService downloads;
    @Autowired
    AgreementService agreements;
    @Autowired
    CredentialService credentials;
    @Autowired
    DataSource dataSource;

    TestVendor vendor;

    @BeforeEach
    void vendor() {
        vendor = world.vendor();
        sweep(); // what earlier tests left is swept away first
        executeDueJobs();
    }

    @Test
    void theTimerStartsTheSweepOnTheConfiguredCycle() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(AutoSyncSweepProcess.KEY)
                .timers().singleResult();

        assertThat(timer.getDuedate()).as("registry.auto-sync.cycle of the test profile is R/P1D")
                .isAfter(Date.from(Instant.now().plus(Duration.ofHours(23))))
                .isBefore(Date.from(Instant.now().plus(Duration.ofHours(25))));

        long running = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AutoSyncSweepProcess.KEY).count();
        long done = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(AutoSyncSweepProcess.END_SWEEP_DONE).count();
        engine.getManagementService().executeJob(timer.getId());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AutoSyncSweepProcess.KEY)
                .count()).as("a new sweep waits at its first batch").isEqualTo(running + 1);
        executeDueJobs();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(AutoSyncSweepProcess.END_SWEEP_DONE).count()).as("the sweep the timer started ended")
                .isEqualTo(done + 1);
    }

    @Test
    void eligibleAppsReachEverySignedOrganisationInBoundedBatches() {
        JsonNode eligible = activeApp(vendor.developer(), TestListings.complete());
        JsonNode notEligible = activeApp(vendor.developer(), TestListings.completeWith("audience", "CLINICIANS"));
        List<TestOrganization> signed = List.of(signed(), signed(), signed());
        TestOrganization unsigned = world.organization();

        String sweep = sweep();

        // other tests' eligible apps pair with these new organisations too: at least two batches, none larger than two
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(sweep)
                .activityId(AutoSyncSweepProcess.TASK_START_MISSING).count()).isGreaterThanOrEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(sweep).variableUpdates()
                .list()).filteredOn(d -> AutoSyncSweepProcess.STARTED.name()
                        .equals(((HistoricVariableUpdate) d).getVariableName()))
                .isNotEmpty()
                .allMatch(d -> (Integer) ((HistoricVariableUpdate) d).getValue() <= 2);
        for (TestOrganization organization : signed) {
            DownloadRequest request = downloads.find(id(eligible), organization.id()).orElseThrow();
            assertThat(request.getSource()).isEqualTo(RequestSource.AUTO_SYNC);
            assertThat(request.getRequestedBy()).isNull();
            assertThat(downloads.find(id(notEligible), organization.id())).isEmpty();
        }
        assertThat(downloads.find(id(eligible), unsigned.id())).isEmpty();

        executeDueJobs();
        assertThat(downloads.find(id(eligible), signed.get(0).id()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.SYNCED);
    }

    @Test
    void anOrganisationThatSignsLaterGetsTheAppInTheNextSweep() {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        TestOrganization later = world.organization();
        sweep();
        assertThat(downloads.find(id(app), later.id())).isEmpty();

        agreements.sign(later.id(), later.purchaser(), new Signature(true, "Lee Later", "COO"));
        sweep();

        assertThat(downloads.find(id(app), later.id())).get().extracting(DownloadRequest::getSource)
                .isEqualTo(RequestSource.AUTO_SYNC);
    }

    @Test
    void sweepingTwiceOrTwiceAtOnceNeverCreatesASecondRequest() throws Exception {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        List<TestOrganization> organizations = List.of(signed(), signed(), signed(), signed());
        List<Callable<Object>> sweeps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sweeps.add(Executors.callable(this::sweepIgnoringLostRaces));
        }

        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var done : pool.invokeAll(sweeps)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        sweep();
        sweep();

        for (TestOrganization organization : organizations) {
            List<DownloadRequest> requests = downloads.ofOrganization(organization.id());
            assertThat(requests).extracting(DownloadRequest::getAppId).doesNotHaveDuplicates().contains(id(app));
        }
        // the app also pairs with organisations signed by earlier tests: one instance per request row, no more
        String[] requestIds = downloads.ofApp(id(app)).stream().map(r -> r.getId().toString()).toArray(String[]::new);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DownloadRequestProcess.KEY).processInstanceBusinessKeyIn(requestIds).count())
                .isEqualTo(requestIds.length);
    }

    @Test
    void twoNodesOverOneDatabaseNeverCreateASecondRequest() throws Exception {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        List<TestOrganization> organizations = List.of(signed(), signed(), signed(), signed(), signed());
        try (ConfigurableApplicationContext secondNode = secondNode()) {
            ProcessEngine other = secondNode.getBean(ProcessEngine.class);
            var pool = Executors.newFixedThreadPool(2);
            try {
                var mine = pool.submit(() -> sweepUntilItWorks(engine));
                var theirs = pool.submit(() -> sweepUntilItWorks(other));
                mine.get();
                theirs.get();
            } finally {
                pool.shutdown();
            }
        }
        ProcessEngines.registerProcessEngine(engine);
        sweep();

        for (TestOrganization organization : organizations) {
            assertThat(downloads.ofOrganization(organization.id())).extracting(DownloadRequest::getAppId)
                    .doesNotHaveDuplicates().contains(id(app));
        }
    }

    /** Another application node on this test's database, as in a homogeneous cluster; no job executor, no webapps. */
    private ConfigurableApplicationContext secondNode() {
        HikariDataSource shared = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(AppRegistryApplication.class)
                .profiles(new TestProfiles().resolve(getClass()))
                .run("--spring.datasource.url=" + shared.getJdbcUrl(),
                        "--spring.datasource.username=" + shared.getUsername(),
                        "--spring.datasource.password=" + (shared.getPassword() == null ? "" : shared.getPassword()),
                        "--server.port=0", "--camunda.bpm.process-engine-name=second-node",
                        "--camunda.bpm.job-execution.enabled=false", "--registry.auto-sync.batch-size=2",
                        // the webapps keep their engine in static fields that closing this node would clear
                        // for every other context of the JVM (Tasklist then answers 500)
                        "--camunda.bpm.webapp.enabled=false");
    }

    /** One node's sweep, retried like its job after a lost race (the other node got a pair first). */
    private static void sweepUntilItWorks(ProcessEngine node) {
        for (int attempt = 1; ; attempt++) {
            try {
                String id = node.getRuntimeService().startProcessInstanceByKey(AutoSyncSweepProcess.KEY).getId();
                for (Job next; (next = node.getManagementService().createJobQuery().processInstanceId(id)
                        .singleResult()) != null; ) {
                    node.getManagementService().executeJob(next.getId());
                }
                return;
            } catch (RuntimeException lostRace) {
                if (attempt == 20) {
                    throw lostRace;
                }
                pause(ThreadLocalRandom.current().nextLong(20, 200));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEligibleAppNeedingCredentialsWaitsOrIsAnsweredByItsStandingPolicy() {
        JsonNode refreshTokens = activeApp(vendor.developer(), TestListings.completeWith("usesRefreshTokens", true));
        TestOrganization first = signed();
        sweep();
        executeDueJobs();
        assertThat(downloads.find(id(refreshTokens), first.id()).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.NOT_RESPONDED);

        credentials.setPolicy(id(refreshTokens), CredentialMode.NONE, null, vendor.developer());
        TestOrganization second = signed();
        sweep();
        executeDueJobs();

        DownloadRequest answered = downloads.find(id(refreshTokens), second.id()).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(credentials.hasCredentials(answered.getId())).isFalse();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(SecretProvisioningProcess.TASK_APPLY_STANDING_POLICY)
                .count()).isOne();
        assertThat(downloads.find(id(refreshTokens), first.id()).orElseThrow().getStatus())
                .as("a standing policy answers new requests only").isEqualTo(RequestStatus.NOT_RESPONDED);
    }

    @Test
    void aNewSweepLeavesTheWorkToOneStillAtWorkButNotToOneStuckInAnIncident() {
        String atWork = engine.getRuntimeService().startProcessInstanceByKey(AutoSyncSweepProcess.KEY).getId();

        String deferred = engine.getRuntimeService().startProcessInstanceByKey(AutoSyncSweepProcess.KEY).getId();

        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(deferred)
                .activityId(AutoSyncSweepProcess.END_LEFT_TO_THE_OTHER_SWEEP).count()).isOne();
        Job stuck = engine.getManagementService().createJobQuery().processInstanceId(atWork).singleResult();
        engine.getManagementService().setJobRetries(stuck.getId(), 0);
        String next = engine.getRuntimeService().startProcessInstanceByKey(AutoSyncSweepProcess.KEY).getId();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(next).count())
                .as("goes to work despite the stuck one").isOne();
        engine.getRuntimeService().deleteProcessInstance(atWork, "test over");
        runBatchesOf(next);
    }

    /** Starts a sweep as its timer would, after the sweeps still at work, and runs its batches. */
    private String sweep() {
        engine.getManagementService().createJobQuery().processDefinitionKey(AutoSyncSweepProcess.KEY).messages()
                .withRetriesLeft().list().forEach(pending -> runBatchesOf(pending.getProcessInstanceId()));
        String id = engine.getRuntimeService().startProcessInstanceByKey(AutoSyncSweepProcess.KEY).getId();
        runBatchesOf(id);
        return id;
    }

    private void runBatchesOf(String sweepId) {
        for (int batch = 0; batch < 50; batch++) {
            Job next = engine.getManagementService().createJobQuery().processInstanceId(sweepId).singleResult();
            if (next == null) {
                return;
            }
            engine.getManagementService().executeJob(next.getId());
        }
        throw new AssertionError("the sweep did not end");
    }

    /** A sweep that lost a race fails its batch and is tried again later, as the job's retry cycle would. */
    private void sweepIgnoringLostRaces() {
        for (int attempt = 1; ; attempt++) {
            try {
                sweep();
                return;
            } catch (RuntimeException lostRace) {
                if (attempt == 20) {
                    throw lostRace;
                }
                pause(ThreadLocalRandom.current().nextLong(20, 200));
            }
        }
    }

    private TestOrganization signed() {
        TestOrganization organization = world.organization();
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
        return organization;
    }

    private static UUID id(JsonNode app) {
        return UUID.fromString(app.path("id").asText());
    }
}
