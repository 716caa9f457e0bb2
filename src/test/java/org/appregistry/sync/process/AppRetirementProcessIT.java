package org.appregistry.sync.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.apps.AppEvent;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppStatus;
import org.appregistry.common.InvalidInputException;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.sync.AppLifecycle;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * appRetirement: the timer waits for the date on the app's row; then the app is RETIRED and
 * every organisation's request of it goes through downloadRemoval.
 */
class AppRetirementProcessIT extends IntegrationTest {

    @Autowired
    AppLifecycle lifecycle;
    @Autowired
    AppService apps;
    @Autowired
    DownloadService downloads;
    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;

    @Test
    void nothingChangesBeforeTheDateAndEverythingIsRemovedFromIt() {
        String developer = world.vendor().developer();
        JsonNode app = activeApp(developer, TestListings.complete());
        UUID appId = UUID.fromString(app.path("id").asText());
        TestOrganization hospital = world.organization();
        TestOrganization clinic = world.organization();
        UUID[] requests = new UUID[2];
        int i = 0;
        for (TestOrganization organization : new TestOrganization[] {hospital, clinic}) {
            agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat", "CIO"));
            requests[i++] = starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(),
                    null, RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
        }
        executeDueJobs();
        Instant date = clock.instant().plus(Duration.ofDays(30));

        lifecycle.scheduleRetirement(appId, developer, date);
        executeDueJobs();

        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(AppRetirementProcess.KEY)
                .activityId(AppRetirementProcess.TIMER_RETIREMENT_DATE).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(date.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(apps.get(appId).getStatus()).isEqualTo(AppStatus.ACTIVE);
        assertThat(downloads.get(requests[0]).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(catchThrowable(() -> lifecycle.scheduleRetirement(appId, developer, date.plusSeconds(1))))
                .as("one date").hasMessageContaining("already set");

        clock.moveForward(Duration.ofDays(30).plusMinutes(1));
        executeDueJobsOf(AppRetirementProcess.KEY, DownloadRemovalProcess.KEY);

        assertThat(apps.get(appId).getStatus()).isEqualTo(AppStatus.RETIRED);
        assertThat(apps.get(appId).getRetiredAt()).isNotNull();
        assertThat(downloads.get(requests[0]).getStatus()).isEqualTo(RequestStatus.REMOVED);
        assertThat(downloads.get(requests[1]).getStatus()).isEqualTo(RequestStatus.REMOVED);
        assertThat(downloads.get(requests[0]).getRemovalRequestedBy()).isEqualTo(developer);
        assertThat(apps.history(appId)).extracting(AppEvent::getKind)
                .containsSubsequence(AppEvent.Kind.RETIREMENT_SCHEDULED, AppEvent.Kind.RETIRED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AppRetirementProcess.KEY).processInstanceBusinessKey(appId.toString()).count())
                .isZero();
    }

    @Test
    void aDateInThePastOrNoneIsRefusedAndNothingIsStarted() {
        String developer = world.vendor().developer();
        UUID appId = UUID.fromString(activeApp(developer, TestListings.complete()).path("id").asText());

        assertThat(catchThrowable(() -> lifecycle.scheduleRetirement(appId, developer, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("effectiveAt");
        assertThat(catchThrowable(() -> lifecycle.scheduleRetirement(appId, developer,
                clock.instant().minus(Duration.ofDays(1))))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("past");

        assertThat(apps.get(appId).getRetiresAt()).isNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AppRetirementProcess.KEY).processInstanceBusinessKey(appId.toString()).count())
                .isZero();
    }
}
