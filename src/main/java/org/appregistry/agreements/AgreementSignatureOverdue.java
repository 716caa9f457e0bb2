package org.appregistry.agreements;

import java.util.UUID;

/** The agreement still awaits a signature when its reminder is due. */
public record AgreementSignatureOverdue(UUID organizationId) {
}
