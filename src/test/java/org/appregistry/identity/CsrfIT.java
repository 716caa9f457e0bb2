package org.appregistry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.AppRepository;
import org.appregistry.environments.SyncAccount;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 9, medium: /api and /engine-rest had no CSRF defence, so another site's page could post
 * with the Basic credentials a browser cached. What a browser marks as sent by another site is
 * refused before anyone signs in; same-origin pages and clients without a browser work as before.
 */
class CsrfIT extends IntegrationTest {

    private static final String EVIL = "https://evil.example";

    @Autowired
    private AppRepository apps;
    @Autowired
    private SyncAccount syncAccount;

    private TestVendor vendor;
    private HttpApi developer;

    @BeforeEach
    void aDeveloper() {
        vendor = world.vendor();
        developer = as(vendor.developer());
    }

    @Test
    void aCrossSitePostWithCachedCredentialsIsRefusedAndChangesNothing() {
        Reply refused = developer.send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                TestListings.complete(), headers -> headers.setOrigin(EVIL));

        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.json().path("detail").asText()).contains("another site");
        assertThat(apps.findByVendorIdOrderByCreatedAt(vendor.id())).isEmpty();
    }

    @Test
    void aCrossSiteFormPostToTheEngineIsRefused() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", "Forged");

        Reply byOrigin = developer.send(HttpMethod.POST, "/engine-rest/process-definition/key/appRegistration/start",
                MediaType.APPLICATION_FORM_URLENCODED, form, headers -> headers.setOrigin(EVIL));
        Reply byFetchMetadata = developer.send(HttpMethod.POST,
                "/engine-rest/process-definition/key/appRegistration/start", MediaType.TEXT_PLAIN, "{\"variables\": {}}",
                headers -> headers.set("Sec-Fetch-Site", "cross-site"));
        Reply fromASandbox = developer.send(HttpMethod.POST, "/api/apps", MediaType.MULTIPART_FORM_DATA,
                new LinkedMultiValueMap<>(Map.of("name", List.of("Forged"))),
                headers -> headers.setOrigin("null"));

        assertThat(byOrigin.status()).as(byOrigin.text()).isEqualTo(403);
        assertThat(byFetchMetadata.status()).as(byFetchMetadata.text()).isEqualTo(403);
        assertThat(fromASandbox.status()).as(fromASandbox.text()).isEqualTo(403);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy(vendor.developer()).count())
                .isZero();
    }

    @Test
    void everyChangingMethodIsCoveredAndSameSiteIsNotOwnOrigin() {
        String app = developer.post("/api/apps", TestListings.complete()).json().path("id").asText();

        Reply patch = developer.send(HttpMethod.PATCH, "/api/apps/" + app, MediaType.APPLICATION_JSON,
                Map.of("summary", "Forged"), headers -> headers.setOrigin(EVIL));
        Reply delete = developer.send(HttpMethod.DELETE, "/api/apps/" + app + "/listing", null, null,
                headers -> headers.set("Sec-Fetch-Site", "same-site"));
        Reply otherPort = developer.send(HttpMethod.PATCH, "/api/apps/" + app, MediaType.APPLICATION_JSON,
                Map.of("summary", "Forged"), headers -> headers.setOrigin("http://127.0.0.1:" + (port + 1)));

        assertThat(patch.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(otherPort.status()).isEqualTo(403);
        assertThat(developer.get("/api/apps/" + app).json().path("summary").asText()).isNotEqualTo("Forged");
    }

    @Test
    void aSyncPushFromAnotherSiteIsRefused() {
        TestOrganization organization = world.organization();
        UUID clientId = UUID.randomUUID();

        Reply refused = withPassword(SyncAccount.USER_ID, syncAccount.password()).send(HttpMethod.PUT,
                "/environments/" + organization.id() + "/PRD/clients/" + clientId, MediaType.APPLICATION_JSON,
                Map.of("clientId", clientId.toString()), headers -> headers.setOrigin(EVIL));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void sameOriginPagesAndClientsWithoutABrowserWork() {
        Reply sameOrigin = developer.send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                TestListings.complete(), headers -> {
                    headers.setOrigin("http://127.0.0.1:" + port);
                    headers.set("Sec-Fetch-Site", "same-origin");
                });
        Reply typedByHand = developer.send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                TestListings.complete(), headers -> headers.set("Sec-Fetch-Site", "none"));
        Reply curl = developer.post("/api/apps", TestListings.complete());
        Reply crossSiteRead = developer.send(HttpMethod.GET, "/api/apps", null, null,
                headers -> headers.setOrigin(EVIL));

        assertThat(sameOrigin.status()).as(sameOrigin.text()).isEqualTo(201);
        assertThat(typedByHand.status()).as(typedByHand.text()).isEqualTo(201);
        assertThat(curl.status()).as(curl.text()).isEqualTo(201);
        assertThat(crossSiteRead.status()).as("a read changes nothing; CORS keeps its answer from the other site")
                .isEqualTo(200);
    }

    @Test
    void theTokenEndpointIsExempt() {
        TestOrganization organization = world.organization();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", UUID.randomUUID().toString());
        form.add("client_secret", "not-a-secret");

        Reply token = anonymous().send(HttpMethod.POST, "/environments/" + organization.id() + "/PRD/oauth2/token",
                MediaType.APPLICATION_FORM_URLENCODED, form, headers -> headers.setOrigin(EVIL));

        assertThat(token.status()).as(token.text()).isIn(400, 401);
        assertThat(token.json().path("error").asText()).isEqualTo("invalid_client");
    }
}
