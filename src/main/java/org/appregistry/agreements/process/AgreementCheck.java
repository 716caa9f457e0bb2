package org.appregistry.agreements.process;

import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.springframework.stereotype.Component;

/** Gateway_AgreementSigned: {@code ${agreementCheck.isSigned(organizationId)}}. */
@Component("agreementCheck")
public class AgreementCheck {

    private final AgreementService agreements;

    public AgreementCheck(AgreementService agreements) {
        this.agreements = agreements;
    }

    public boolean isSigned(String organizationId) {
        return agreements.isSigned(UUID.fromString(organizationId));
    }
}
