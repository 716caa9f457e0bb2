package org.appregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.appregistry.catalog.CatalogApi;
import org.junit.jupiter.api.Test;

/** SMART v2 scopes of an app's APIs, by audience. */
class SmartScopesTest {

    static final CatalogApi PATIENT_READ = new CatalogApi("Patient.Read (R4)", "Patient", "read", "R4", true, true);
    static final CatalogApi OBSERVATION_READ = new CatalogApi("Observation.Read (R4)", "Observation", "read", "R4", true,
            true);
    static final CatalogApi OBSERVATION_SEARCH = new CatalogApi("Observation.Search (R4)", "Observation", "search", "R4",
            true, true);
    static final CatalogApi OBSERVATION_CREATE = new CatalogApi("Observation.Create (Vitals) (R4)", "Observation",
            "create", "R4", false, false);
    static final CatalogApi BOOK = new CatalogApi("Appointment.$book (R4)", "Appointment", "operation", "R4", false,
            false);

    @Test
    void oneScopePerResourceWithItsPermissionsInSmartOrderInTheAudiencesContext() {
        List<CatalogApi> apis = List.of(OBSERVATION_SEARCH, PATIENT_READ, OBSERVATION_READ, OBSERVATION_CREATE);

        assertThat(SmartScopes.of("PATIENTS", apis)).containsExactly("patient/Observation.crs", "patient/Patient.r");
        assertThat(SmartScopes.of("CLINICIANS", apis)).containsExactly("user/Observation.crs", "user/Patient.r");
        assertThat(SmartScopes.of("BACKEND_SYSTEMS", apis)).containsExactly("system/Observation.crs", "system/Patient.r");
    }

    @Test
    void anOperationIsAuthorizedAsCreateAndADraftWithoutAudienceHasNoScopes() {
        assertThat(SmartScopes.of("PATIENTS", List.of(BOOK))).containsExactly("patient/Appointment.c");
        assertThat(SmartScopes.of(null, List.of(PATIENT_READ))).isEmpty();
    }
}
