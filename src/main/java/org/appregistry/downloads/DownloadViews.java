package org.appregistry.downloads;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds download views for a page of requests with one query for all their environments, one for their kickoffs. */
@Component
@Transactional(readOnly = true)
public class DownloadViews {

    private final RequestEnvironmentRepository environments;
    private final KickoffService kickoffs;
    private final AppService apps;
    private final OrganizationService organizations;

    DownloadViews(RequestEnvironmentRepository environments, KickoffService kickoffs, AppService apps,
            OrganizationService organizations) {
        this.environments = environments;
        this.kickoffs = kickoffs;
        this.apps = apps;
        this.organizations = organizations;
    }

    /**
     * One request, the answer to every POST and GET of one: queries by its id, whose plans
     * Hibernate keeps (a query with an IN list is translated anew on every call).
     */
    public DownloadView of(DownloadRequest request) {
        return view(request, environments.findByRequestIdOrderByCode(request.getId()),
                kickoffs.of(request.getId()).map(DownloadView.KickoffView::of).orElse(null),
                apps.get(request.getAppId()), organizations.organization(request.getOrganizationId()).getName());
    }

    public List<DownloadView> of(List<DownloadRequest> requests) {
        List<UUID> ids = requests.stream().map(DownloadRequest::getId).toList();
        Map<UUID, List<RequestEnvironment>> byRequest = environments.findByRequestIdIn(ids).stream()
                .collect(Collectors.groupingBy(RequestEnvironment::getRequestId));
        Map<UUID, DownloadView.KickoffView> kickoffOf = kickoffs.of(ids).stream()
                .collect(Collectors.toMap(Kickoff::getRequestId, DownloadView.KickoffView::of));
        Map<UUID, App> appsById = new HashMap<>();
        Map<UUID, String> organizationNames = new HashMap<>();
        return requests.stream().map(r -> view(r, byRequest.getOrDefault(r.getId(), List.of()),
                kickoffOf.get(r.getId()), appsById.computeIfAbsent(r.getAppId(), apps::get),
                organizationNames.computeIfAbsent(r.getOrganizationId(),
                        id -> organizations.organization(id).getName())))
                .toList();
    }

    private static DownloadView view(DownloadRequest r, List<RequestEnvironment> environments,
            DownloadView.KickoffView kickoff, App app, String organizationName) {
        DownloadView.RefreshTokens refreshTokens = DownloadView.RefreshTokens.of(app.usesRefreshTokens(), r);
        return new DownloadView(r.getId(), r.getAppId(), app.getName(), r.getOrganizationId(), organizationName,
                r.getClientId(), r.getStatus(), r.getSource(), refreshTokens,
                // "enable without client secrets": no duration applies, so none is shown; while a secret is
                // awaited the settled duration is what will apply
                refreshTokens == DownloadView.RefreshTokens.WITHOUT_CLIENT_SECRETS ? null
                        : r.getRefreshTokenDurationHours(), r.getCreatedAt(),
                r.getApprovedAt(), r.getSyncedAt(), r.getWorkedWithTechnicalCoordinator(),
                r.getProductsAndInterfacesInPlace(), r.getCostsEvaluated(), r.getChecklistWarnings(), kickoff,
                environments.stream().sorted(Comparator.comparing(RequestEnvironment::getCode))
                        .map(DownloadView.EnvironmentView::of).toList(),
                r.getRemovalRequestedBy(), r.getRemovedAt());
    }
}
