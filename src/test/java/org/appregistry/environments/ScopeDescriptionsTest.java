package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scopes in plain words for the consent page. */
class ScopeDescriptionsTest {

    @Test
    void resourceScopesSayWhatAndWhose() {
        assertThat(ScopeDescriptions.describe("patient/Observation.rs")).isEqualTo("Read and search your observation records");
        assertThat(ScopeDescriptions.describe("patient/AllergyIntolerance.r")).isEqualTo("Read your allergy intolerance records");
        assertThat(ScopeDescriptions.describe("user/Observation.crus"))
                .isEqualTo("Create, read, update and search the observation records you may see");
        assertThat(ScopeDescriptions.describe("system/Patient.r")).isEqualTo("Read all patient records");
    }

    @Test
    void launchAndIdentityScopesAreExplained() {
        assertThat(ScopeDescriptions.describe("launch/patient")).contains("patient record");
        assertThat(ScopeDescriptions.describe("offline_access")).contains("while you are not using the app");
        assertThat(ScopeDescriptions.describe("openid")).contains("it is you");
        assertThat(ScopeDescriptions.describe("something/else")).isEqualTo("Use the permission something/else");
    }
}
