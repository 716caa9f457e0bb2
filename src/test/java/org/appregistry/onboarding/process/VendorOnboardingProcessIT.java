package org.appregistry.onboarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.identity.Groups;
import org.appregistry.onboarding.SignupDecision;
import org.appregistry.onboarding.SignupService;
import org.appregistry.onboarding.SignupStatus;
import org.appregistry.organizations.OrganizationService;
import org.appregistry.support.DatabaseText;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.Signups;
import org.appregistry.support.Signups.Applicant;
import org.appregistry.workflow.Refusals;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every path of vendorOnboarding with the real engine and delegates, started by a real sign-up. */
@ExtendWith(OutputCaptureExtension.class)
class VendorOnboardingProcessIT extends IntegrationTest {

    @Autowired
    SignupService signups;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DataSource dataSource;

    @Test
    void aSignUpWaitsForAnOperatorWithItsRecordAsBusinessKeyAndNoPassword(CapturedOutput output) throws SQLException {
        Applicant applicant = Signups.signUp(anonymous());

        ProcessInstance instance = instance(applicant);
        assertThat(instance).isWaitingAt(VendorOnboardingProcess.TASK_REVIEW_SIGNUP)
                .hasPassed(VendorOnboardingProcess.TASK_OPEN_SIGNUP)
                .variables().as("the process carries its record as business key, never an id or the password")
                .doesNotContainKeys("signupId", "password", "userId");
        assertThat(instance.getBusinessKey()).isEqualTo(applicant.signupId());
        Task review = task(instance);
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.OPERATORS));
        assertThat(engine.getTaskService().getVariableLocal(review.getId(), ReviewSignupTask.LABEL_VENDOR_NAME))
                .isEqualTo(applicant.vendorName());
        assertThat(engine.getIdentityService().createGroupQuery().groupMember(applicant.userId()).count())
                .as("the account is in no group until approved").isZero();

        String password = Signups.password(applicant.userId());
        assertThat(DatabaseText.dump(dataSource)).as("the database").contains(applicant.userId())
                .doesNotContain(password);
        assertThat(output.getAll()).as("the log").doesNotContain(password);
    }

    @Test
    void anOperatorsApprovalMakesTheVendorWithTheApplicantAsItsFirstDeveloper() {
        Applicant applicant = Signups.signUp(anonymous());
        ProcessInstance instance = instance(applicant);

        submit(OPERATOR, task(instance).getId(), Map.of("approve", "approve"));

        assertThat(instance).isEnded().hasPassed(VendorOnboardingProcess.END_VENDOR_ONBOARDED)
                .variables().doesNotContainKeys("approve", "refusalReason");
        UUID vendorId = organizations.vendorNamed(applicant.vendorName()).orElseThrow().getId();
        assertThat(signups.get(UUID.fromString(applicant.signupId())).getVendorId()).contains(vendorId);
        assertThat(engine.getIdentityService().createUserQuery().userId(applicant.userId())
                .memberOfGroup(Groups.vendorDevelopers(vendorId)).count()).isOne();
        assertThat(engine.getIdentityService().createUserQuery().userId(applicant.userId())
                .memberOfGroup(Groups.DEVELOPERS).count()).isOne();
    }

    @Test
    void anOperatorsRefusalNeedsAReasonAndLeavesTheAccountInNoGroup() {
        Applicant applicant = Signups.signUp(anonymous());
        ProcessInstance instance = instance(applicant);
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> Refusals.unwrapped(() -> {
            submit(OPERATOR, taskId, Map.of("approve", "refuse"));
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("refusalReason");
        assertThat(instance).isWaitingAt(VendorOnboardingProcess.TASK_REVIEW_SIGNUP);

        submit(OPERATOR, taskId, Map.of("approve", "refuse", "refusalReason", "We could not verify the company."));

        assertThat(instance).isEnded().hasPassed(VendorOnboardingProcess.END_SIGNUP_REFUSED);
        assertThat(signups.get(UUID.fromString(applicant.signupId())).getStatus()).isEqualTo(SignupStatus.REFUSED);
        assertThat(organizations.vendorNamed(applicant.vendorName())).isEmpty();
        assertThat(engine.getIdentityService().createGroupQuery().groupMember(applicant.userId()).count()).isZero();
    }

    @Test
    void onlyAnOperatorDecides() {
        Applicant applicant = Signups.signUp(anonymous());
        ProcessInstance instance = instance(applicant);
        String developer = world.vendor().developer();

        assertThatThrownBy(() -> submit(developer, task(instance).getId(), Map.of("approve", "approve")))
                .as("the engine: the task is the operators'").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> signups.decide(UUID.fromString(applicant.signupId()), developer,
                new SignupDecision(true, null)))
                .as("the use case, whichever door").isInstanceOf(ForbiddenException.class);
        assertThat(instance).isWaitingAt(VendorOnboardingProcess.TASK_REVIEW_SIGNUP);
    }

    @Test
    void nobodySignedInStartsItWithASignUpOfTheirChoosing() {
        Applicant applicant = Signups.signUp(anonymous());
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VendorOnboardingProcess.KEY).count();

        Runnable forgedStart = () -> engine.getRuntimeService().startProcessInstanceByKey(VendorOnboardingProcess.KEY,
                Map.of("signupId", UUID.fromString(applicant.signupId())));
        Runnable asOperator = () -> signedIn(OPERATOR, forgedStart);
        assertThatThrownBy(() -> Refusals.unwrapped(asOperator)).isInstanceOf(ForbiddenException.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VendorOnboardingProcess.KEY).count()).isEqualTo(before);
    }

    private ProcessInstance instance(Applicant applicant) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(applicant.signupId()).singleResult();
    }

    private Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
