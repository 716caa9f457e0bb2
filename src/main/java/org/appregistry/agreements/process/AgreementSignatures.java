package org.appregistry.agreements.process;

import static org.appregistry.agreements.process.SubscriptionAgreementProcess.MESSAGE_SIGNED;
import static org.appregistry.agreements.process.SubscriptionAgreementProcess.ORGANIZATION_ID;

import java.util.UUID;

import org.appregistry.agreements.Agreement;
import org.appregistry.agreements.AgreementService;
import org.appregistry.workflow.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signature, wherever it is given (Tasklist or /api), releases every agreement check of the
 * organisation that waits for one: the agreement is signed once, never per app.
 */
@Component
public class AgreementSignatures {

    private final AgreementService agreements;
    private final RuntimeService runtime;

    public AgreementSignatures(AgreementService agreements, RuntimeService runtime) {
        this.agreements = agreements;
        this.runtime = runtime;
    }

    /** The /api path: record, then release the waiting checks, in one transaction. */
    @Transactional
    public Agreement sign(UUID organizationId, String userId, Boolean accept, String signerName, String signerTitle) {
        Agreement agreement = agreements.sign(organizationId, userId, accept, signerName, signerTitle);
        releaseWaitingChecks(organizationId);
        return agreement;
    }

    /** Ends the open signing tasks of the organisation; their requests go on. */
    public void releaseWaitingChecks(UUID organizationId) {
        AsSystem.run(() -> runtime.createMessageCorrelation(MESSAGE_SIGNED)
                .processInstanceVariableEquals(ORGANIZATION_ID.name(), organizationId.toString())
                .correlateAll());
    }
}
