package org.appregistry.agreements;

import java.util.UUID;

/** A signing task opened: the organisation's download requests wait until a purchaser signs. */
public record AgreementAwaitsSignature(UUID organizationId) {
}
