package org.appregistry.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.DataUseQuestion;
import org.appregistry.catalog.ApiCatalog;
import org.appregistry.credentials.CredentialService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the client record of one request for one of its environments. */
@Component
@Transactional(readOnly = true)
public class ClientRecords {

    private final DownloadService downloads;
    private final AppService apps;
    private final ApiCatalog catalog;
    private final CredentialService credentials;
    private final OrganizationService organizations;

    ClientRecords(DownloadService downloads, AppService apps, ApiCatalog catalog, CredentialService credentials,
            OrganizationService organizations) {
        this.downloads = downloads;
        this.apps = apps;
        this.catalog = catalog;
        this.credentials = credentials;
        this.organizations = organizations;
    }

    public ClientRecord build(UUID requestId, UUID environmentId) {
        DownloadRequest request = downloads.get(requestId);
        RequestEnvironment environment = downloads.environment(requestId, environmentId);
        App app = apps.get(request.getAppId());
        List<String> apis = app.getIncomingApis();
        String audience = app.getAudience() == null ? null : app.getAudience().name();
        List<String> scopes = SmartScopes.of(audience, apis.stream().map(catalog::find).flatMap(Optional::stream)
                .toList());
        // the current credential and, during a rotation's overlap, the previous one with its end
        List<ClientRecord.Credential> authentication = credentials.forEnvironment(requestId, environment.getKind())
                .stream()
                .filter(c -> !"NONE".equals(c.type().name()))
                .map(c -> new ClientRecord.Credential(c.type().name(), c.secretVerifier(), c.certificatePem(),
                        c.jwksUrl(), c.validUntil()))
                .toList();
        // "for apps that use refresh tokens, each instance of the application must be assigned a client
        // secret"; without one, refresh tokens are unavailable for this organisation (source document)
        boolean refreshTokens = app.usesRefreshTokens()
                && authentication.stream().anyMatch(c -> "CLIENT_SECRET".equals(c.type()));
        return new ClientRecord(environment.getClientId(), app.getId(), app.getName(),
                organizations.vendor(app.getVendorId()).getName(), request.getOrganizationId(),
                environment.getCode(), environment.getKind(), requestId, audience, apis, scopes,
                app.listing().redirectUris(), questionnaire(app.listing().dataUseAnswers()),
                new ClientRecord.RefreshTokens(refreshTokens, refreshTokens ? request.getRefreshTokenDurationHours() : null),
                authentication,
                app.isSuspended() ? new ClientRecord.Disabled(ClientRecord.Disabled.SUSPENDED, app.getSuspendedAt())
                        : null);
    }

    /** Every question, in the questionnaire's order; an unanswered one with a null answer. */
    private static List<ClientRecord.DataUseAnswer> questionnaire(Map<String, String> answers) {
        return Arrays.stream(DataUseQuestion.values())
                .map(question -> {
                    String answer = answers.get(question.key());
                    return new ClientRecord.DataUseAnswer(question.text(),
                            answer == null || answer.isBlank() ? null : answer);
                })
                .toList();
    }
}
