package org.appregistry.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.catalog.ApiCatalog;
import org.appregistry.catalog.CatalogApi;
import org.appregistry.credentials.CredentialService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
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

    ClientRecords(DownloadService downloads, AppService apps, ApiCatalog catalog, CredentialService credentials) {
        this.downloads = downloads;
        this.apps = apps;
        this.catalog = catalog;
        this.credentials = credentials;
    }

    public ClientRecord build(UUID requestId, UUID environmentId) {
        DownloadRequest request = downloads.get(requestId);
        RequestEnvironment environment = downloads.environment(requestId, environmentId);
        App app = apps.get(request.getAppId());
        List<String> apis = app.getIncomingApis();
        List<String> scopes = apis.stream().map(catalog::find).flatMap(Optional::stream)
                .map(CatalogApi::scope).distinct().sorted().toList();
        ClientRecord.Credentials authentication = credentials.forEnvironment(requestId, environment.getKind())
                .map(c -> new ClientRecord.Credentials(c.type().name(), c.secretVerifier(), c.certificatePem(),
                        c.jwksUrl()))
                .orElse(ClientRecord.Credentials.none());
        // without client secrets refresh tokens are unavailable for this organisation (source document)
        boolean refreshTokens = app.usesRefreshTokens() && !"NONE".equals(authentication.type());
        return new ClientRecord(environment.getClientId(), app.getId(), app.getName(), request.getOrganizationId(),
                environment.getCode(), environment.getKind(), requestId,
                app.getAudience() == null ? null : app.getAudience().name(), apis, scopes, app.listing().redirectUris(),
                new ClientRecord.RefreshTokens(refreshTokens, refreshTokens ? request.getRefreshTokenDurationHours() : null),
                authentication);
    }
}
