package org.appregistry.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, low: …/organizations/{id}/downloads answered 404 for an unknown id and 403 for another
 * organisation's, so anyone signed in could tell which organisation ids exist. Both now answer
 * alike for outsiders; the agreement's paths too.
 */
class OrganizationProbeIT extends IntegrationTest {

    private TestOrganization own;
    private TestOrganization other;
    private String unknown;

    @BeforeEach
    void twoOrganisations() {
        own = world.organization();
        other = world.organization();
        unknown = UUID.randomUUID().toString();
    }

    @Test
    void anOutsiderCannotTellAnotherOrganisationFromNone() {
        HttpApi purchaser = as(own.purchaser());
        HttpApi developer = as(world.vendor().developer());

        for (HttpApi outsider : new HttpApi[] {purchaser, developer, as(own.member())}) {
            assertAlike(org -> outsider.get("/api/organizations/" + org + "/downloads"));
            assertAlike(org -> outsider.get("/api/organizations/" + org + "/downloads/" + UUID.randomUUID()));
            assertAlike(org -> outsider.post("/api/organizations/" + org + "/downloads",
                    Map.of("clientId", UUID.randomUUID().toString())));
            assertAlike(org -> outsider.post("/api/organizations/" + org + "/downloads/" + UUID.randomUUID()
                    + "/kickoff", Map.of("skip", true)));
            assertAlike(org -> outsider.get("/api/organizations/" + org + "/agreement"));
            assertAlike(org -> outsider.post("/api/organizations/" + org + "/agreement",
                    Map.of("accept", true, "signerName", "X", "signerTitle", "Y")));
        }
    }

    @Test
    void theOperatorStillLearnsThatAnIdNamesNoOrganisation() {
        assertThat(asOperator().get("/api/organizations/" + unknown + "/downloads").status()).isEqualTo(404);
        assertThat(asOperator().get("/api/organizations/" + other.id() + "/downloads").status()).isEqualTo(200);
    }

    private void assertAlike(Function<String, Reply> ask) {
        Reply existing = ask.apply(other.id().toString());
        Reply none = ask.apply(unknown);

        assertThat(existing.status()).as(existing.text()).isEqualTo(403);
        assertThat(none.status()).as(none.text()).isEqualTo(403);
        assertThat(none.json().path("detail")).isEqualTo(existing.json().path("detail"));
    }
}
