package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.REQUEST_ID;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts downloadRequest for /api and for the auto-sync sweep: the same start a Tasklist user
 * makes. Its first step creates the row, in this transaction; the rest runs in jobs.
 */
@Component
public class DownloadRequestStarter {

    private final RuntimeService runtime;

    public DownloadRequestStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Transactional
    public UUID start(NewRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DownloadRequestProcess.ORGANIZATION_ID.name(), request.organizationId().toString());
        variables.put(DownloadRequestProcess.CLIENT_ID.name(), request.clientId());
        variables.put(DownloadRequestProcess.REFRESH_TOKEN_DURATION_HOURS.name(), request.refreshTokenDurationHours());
        variables.put(DownloadRequestProcess.SOURCE.name(), request.source().name());
        variables.put(DownloadRequestProcess.WORKED_WITH_TECHNICAL_COORDINATOR.name(),
                request.checklist().workedWithTechnicalCoordinator());
        variables.put(DownloadRequestProcess.PRODUCTS_AND_INTERFACES_IN_PLACE.name(),
                request.checklist().productsAndInterfacesInPlace());
        variables.put(DownloadRequestProcess.COSTS_EVALUATED.name(), request.checklist().costsEvaluated());
        if (request.requestedBy() != null) {
            variables.put(Requester.REQUESTED_BY.name(), request.requestedBy());
        }
        var instance = runtime.createProcessInstanceByKey(DownloadRequestProcess.KEY)
                .setVariables(variables)
                .executeWithVariablesInReturn();
        return REQUEST_ID.from(instance.getVariables());
    }
}
