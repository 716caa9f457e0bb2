package org.appregistry.credentials.process;

import java.util.UUID;

import org.appregistry.credentials.CredentialRotations;
import org.appregistry.workflow.ProcessStarts;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts credentialRotation in the transaction that stored the new credentials (as the
 * application: the use case checked the developer), and tells waiting rotations of an early
 * retirement. Only the application correlates the message: the engine's doors keep it from
 * everyone but operators.
 */
@Component
class CredentialRotationStarter implements CredentialRotations {

    private final ProcessStarts starts;
    private final RuntimeService runtime;

    CredentialRotationStarter(ProcessStarts starts, RuntimeService runtime) {
        this.starts = starts;
        this.runtime = runtime;
    }

    @Override
    public void started(UUID requestId) {
        starts.startFor(CredentialRotationProcess.KEY, requestId);
    }

    /**
     * Every rotation of the request that waits for its overlap's end goes on; one still syncing
     * finds no previous credentials when it gets there, and goes on at once.
     */
    @Override
    public void previousRetired(UUID requestId) {
        runtime.createMessageCorrelation(CredentialRotationProcess.MESSAGE_PREVIOUS_RETIRED)
                .processInstanceBusinessKey(requestId.toString())
                .correlateAllWithResult();
    }
}
