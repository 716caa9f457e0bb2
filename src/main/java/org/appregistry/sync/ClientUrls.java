package org.appregistry.sync;

import java.util.UUID;

import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.environments.BuiltInRegistry;
import org.appregistry.organizations.Environment;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * Where one environment of a request keeps its client record: {@code {registry}/clients/{clientId}},
 * the registry being the environment's own URL or the built-in one. Pushes, refreshes and
 * removals all address it here.
 */
@Component
class ClientUrls {

    private final DownloadService downloads;
    private final OrganizationService organizations;
    private final BuiltInRegistry builtIn;

    ClientUrls(DownloadService downloads, OrganizationService organizations, BuiltInRegistry builtIn) {
        this.downloads = downloads;
        this.organizations = organizations;
        this.builtIn = builtIn;
    }

    String of(UUID requestId, RequestEnvironment target) {
        DownloadRequest request = downloads.get(requestId);
        Environment environment = organizations.organization(request.getOrganizationId()).getEnvironments().stream()
                .filter(e -> e.getId().equals(target.getEnvironmentId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("environment " + target.getEnvironmentId() + " is gone"));
        String base = environment.getRegistryUrl().map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> builtIn.environmentUrl(request.getOrganizationId(), environment.getCode()));
        return base + "/clients/" + target.getClientId();
    }
}
