package org.appregistry.downloads.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.workflow.ProcessStarts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts downloadRequest with the start form's fields: as the purchaser for /api (the start a
 * Tasklist user makes), as the application for the auto-sync sweep. Its first step creates the
 * row in this transaction; the rest runs in jobs.
 */
@Component
class DownloadRequestStarter implements DownloadRequests {

    private final ProcessStarts starts;

    DownloadRequestStarter(ProcessStarts starts) {
        this.starts = starts;
    }

    @Override
    @Transactional
    public UUID request(NewRequest request) {
        Map<String, Object> variables = new HashMap<>();
        DownloadRequestProcess.ORGANIZATION_ID.put(variables, request.organizationId());
        DownloadRequestProcess.CLIENT_ID.put(variables, request.clientId());
        if (request.refreshTokenDurationHours() != null) {
            DownloadRequestProcess.REFRESH_TOKEN_DURATION_HOURS.put(variables, request.refreshTokenDurationHours());
        }
        DownloadRequestProcess.WORKED_WITH_TECHNICAL_COORDINATOR.put(variables,
                request.checklist().workedWithTechnicalCoordinator());
        DownloadRequestProcess.PRODUCTS_AND_INTERFACES_IN_PLACE.put(variables,
                request.checklist().productsAndInterfacesInPlace());
        DownloadRequestProcess.COSTS_EVALUATED.put(variables, request.checklist().costsEvaluated());
        if (request.requestedBy() != null) {
            DownloadRequestProcess.APP_CONFIRMED.put(variables, true);
        }
        return request.requestedBy() == null ? starts.start(DownloadRequestProcess.KEY, variables)
                : starts.startAs(request.requestedBy(), DownloadRequestProcess.KEY, variables);
    }
}
