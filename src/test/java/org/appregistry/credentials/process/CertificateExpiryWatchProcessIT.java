package org.appregistry.credentials.process;

import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.CERTIFICATES_MARKED_EXPIRED;
import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.CERTIFICATES_WARNED;
import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.KEY;
import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.START_EVENT;
import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.TASK_CHECK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.common.TaskAnswers;
import org.appregistry.credentials.Credential;
import org.appregistry.credentials.CredentialMode;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialTasks;
import org.appregistry.credentials.TestCertificates;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * certificateExpiryWatch: its timer, and runs of it over certificates provisioned now with chosen
 * validity, with the clocks then moved two days on (an upload must be valid when it is made).
 */
class CertificateExpiryWatchProcessIT extends IntegrationTest {

    static final Duration LATER = Duration.ofDays(2);

    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;
    @Autowired
    DownloadService downloads;
    @Autowired
    CredentialService credentials;
    @Autowired
    TaskAnswers tasks;
    @Autowired
    NotificationRepository notifications;

    ManagementService management;
    TestVendor vendor;
    JsonNode app;
    final Map<UUID, TestOrganization> organizations = new HashMap<>();

    @BeforeEach
    void world() {
        management = engine.getManagementService();
        vendor = world.vendor();
        app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
    }

    @Test
    void aTimerStartsTheWatchOnTheConfiguredCycle() throws ParseException {
        JobDefinition definition = management.createJobDefinitionQuery().processDefinitionKey(KEY)
                .activityIdIn(START_EVENT).singleResult();
        TimerEntity timer = (TimerEntity) management.createJobQuery().processDefinitionKey(KEY).timers()
                .singleResult();

        assertThat(definition.getJobConfiguration()).isEqualTo("CYCLE: ${certificateSettings.watchCycle()}");
        assertThat(timer.getJobDefinitionId()).isEqualTo(definition.getId());
        // R/<when the model was deployed, local time>/P1D: due daily at that time of day (whichever
        // day: runs of other tests in this context moved it on)
        Matcher repeat = Pattern.compile("R/(.+)/P1D").matcher(timer.getRepeat());
        assertThat(repeat.matches()).as(timer.getRepeat()).isTrue();
        Instant deployed = TimerEntity.SIMPLE_DATE_FORMAT.parse(repeat.group(1)).toInstant();
        Instant due = timer.getDuedate().toInstant();
        assertThat(deployed).isBefore(clock.instant());
        assertThat(due).isAfter(clock.instant());
        assertThat(due.atZone(ZoneId.systemDefault()).toLocalTime())
                .isEqualTo(deployed.atZone(ZoneId.systemDefault()).toLocalTime());
    }

    @Test
    void warnsOnceOfTheCertificateThatExpiresWithinTheWarningAndMarksTheExpiredOne() {
        Instant now = clock.instant();
        UUID inTenDays = requestWithProductionCertificateUntil(now.plus(Duration.ofDays(10)).plus(LATER));
        UUID inFortyDays = requestWithProductionCertificateUntil(now.plus(Duration.ofDays(40)).plus(LATER));
        UUID expired = requestWithProductionCertificateUntil(now.plus(Duration.ofDays(1)));
        clock.moveForward(LATER);

        ProcessInstance first = runWatch();

        assertThat(first).isEnded().hasPassed(TASK_CHECK, CertificateExpiryWatchProcess.END_CERTIFICATES_CHECKED);
        HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(first.getId()).singleResult();
        assertThat(history.getRemovalTime()).isEqualTo(Date.from(history.getEndTime().toInstant()
                .plus(Duration.ofDays(30))));
        assertThat(expiryWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getRequestId()).isEqualTo(inTenDays);
            assertThat(warning.getAppId()).hasToString(app.path("id").asText());
            assertThat(warning.getOrganizationId()).isEqualTo(downloads.get(inTenDays).getOrganizationId());
            assertThat(warning.getSubject()).contains("production certificate", app.path("name").asText(),
                    organizationName(inTenDays), "expires on");
            assertThat(warning.getMessage()).doesNotContain("non-production")
                    .contains("/downloads/" + inTenDays + "/credentials/rotation", "without downtime");
        });
        assertThat(credential(inTenDays, EnvironmentKind.PRODUCTION).getExpiryWarnedAt()).isNotNull();
        assertThat(credential(inTenDays, EnvironmentKind.PRODUCTION).getExpiredAt()).isNull();
        assertThat(credential(inFortyDays, EnvironmentKind.PRODUCTION).getExpiryWarnedAt()).isNull();
        assertThat(credential(expired, EnvironmentKind.PRODUCTION).getExpiredAt()).isNotNull();
        assertThat(credential(expired, EnvironmentKind.PRODUCTION).getExpiryWarnedAt()).isNull();
        assertThat(credential(expired, EnvironmentKind.NON_PRODUCTION).getExpiredAt()).isNull();
        assertThat(downloads.environmentsOf(expired)).extracting(RequestEnvironment::getCode,
                e -> e.getCertificateExpiredAt() != null).containsExactly(
                        tuple("PRD", true), tuple("TST", false));
        assertThat(downloads.environmentsOf(inTenDays)).isNotEmpty().allMatch(e -> e.getCertificateExpiredAt() == null);
        assertThat(variable(first, CERTIFICATES_WARNED.name())).isPositive();
        assertThat(variable(first, CERTIFICATES_MARKED_EXPIRED.name())).isPositive();

        ProcessInstance second = runWatch();

        assertThat(expiryWarnings()).hasSize(1);
        assertThat(variable(second, CERTIFICATES_WARNED.name())).isZero();
        assertThat(variable(second, CERTIFICATES_MARKED_EXPIRED.name())).isZero();
    }

    @Test
    void theExpiredMarkShowsOnTheDevelopersListAndTheOrganisationsDownloadsPage() {
        UUID requestId = requestWithProductionCertificateUntil(clock.instant().plus(Duration.ofDays(1)));
        TestOrganization organization = organizationOf(requestId);
        clock.moveForward(LATER);

        runWatch();

        JsonNode managed = byRequestId(as(vendor.developer()).get("/api/apps/" + app.path("id").asText()
                + "/downloads").json(), requestId);
        assertThat(managed.path("credentials")).anySatisfy(c -> {
            assertThat(c.path("environmentKind").asText()).isEqualTo("PRODUCTION");
            assertThat(c.path("expiredAt").isTextual()).isTrue();
        }).anySatisfy(c -> {
            assertThat(c.path("environmentKind").asText()).isEqualTo("NON_PRODUCTION");
            assertThat(c.path("expiredAt").isNull()).isTrue();
        });
        assertExpiredInProductionOnly(managed);
        String page = "/api/organizations/" + organization.id() + "/downloads";
        assertExpiredInProductionOnly(as(organization.member()).get(page + "/" + requestId).json());
        assertExpiredInProductionOnly(byRequestId(as(organization.member()).get(page).json(), requestId));

        // the way out the warning names: a rotation to a new certificate, after which nothing shows expired
        String renewed = TestCertificates.ec("secp384r1").validFor(clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(365))).pem();
        assertThat(as(vendor.developer()).post("/api/apps/" + app.path("id").asText() + "/downloads/" + requestId
                + "/credentials/rotation", Map.of("mode", "PUBLIC_KEY", "environmentKinds", List.of("PRODUCTION"),
                "production", Map.of("certificate", renewed))).status()).isEqualTo(200);
        assertThat(as(organization.member()).get(page + "/" + requestId).json().path("environments"))
                .allSatisfy(e -> assertThat(e.path("certificateExpiredAt").isNull()).isTrue());
    }

    /** A request of a new organisation, answered with certificates: production valid until then, the other a year. */
    private UUID requestWithProductionCertificateUntil(Instant notAfter) {
        TestOrganization organization = world.organization();
        organizations.put(organization.id(), organization);
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
        UUID requestId = starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
        executeDueJobs();
        String production = TestCertificates.ec("secp384r1").validFor(clock.instant().minus(Duration.ofDays(1)),
                notAfter).pem();
        tasks.answer(CredentialTasks.PROVIDE, requestId, vendor.developer(), new Provision(CredentialMode.PUBLIC_KEY,
                new CredentialInput(null, production, null),
                new CredentialInput(null, TestCertificates.ec("secp384r1").pem(), null)));
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        return requestId;
    }

    private TestOrganization organizationOf(UUID requestId) {
        return organizations.get(downloads.get(requestId).getOrganizationId());
    }

    private String organizationName(UUID requestId) {
        return organizationOf(requestId).name();
    }

    /** What the timer does when due: start an instance, whose own job then runs the check. */
    private ProcessInstance runWatch() {
        Job timer = management.createJobQuery().processDefinitionKey(KEY).timers().singleResult();
        management.executeJob(timer.getId());
        Job check = management.createJobQuery().processDefinitionKey(KEY).messages().singleResult();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(check.getProcessInstanceId()).singleResult();
        assertThat(instance).isWaitingAt(TASK_CHECK);
        management.executeJob(check.getId());
        return instance;
    }

    private List<Notification> expiryWarnings() {
        return notifications.findByRecipientGroupInOrderByCreatedAtDesc(List.of(Groups.vendorDevelopers(vendor.id())))
                .stream().filter(n -> n.getKind() == NotificationKind.CERTIFICATE_EXPIRING).toList();
    }

    private Credential credential(UUID requestId, EnvironmentKind kind) {
        return credentials.ofRequest(requestId).stream().filter(c -> c.getEnvironmentKind() == kind).findFirst()
                .orElseThrow();
    }

    private Integer variable(ProcessInstance instance, String name) {
        return (Integer) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
    }

    private static JsonNode byRequestId(JsonNode list, UUID requestId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(r -> r.path("requestId").asText().equals(requestId.toString())).findFirst().orElseThrow();
    }

    private static void assertExpiredInProductionOnly(JsonNode request) {
        assertThat(request.path("environments")).extracting(e -> e.path("code").asText(),
                e -> e.path("certificateExpiredAt").isTextual()).containsExactly(
                        tuple("PRD", true), tuple("TST", false));
    }
}
