package org.appregistry.agreements;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.common.Problems;
import org.appregistry.identity.AccessPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API Subscription Agreement applies to the organisation, not to individual apps: it is
 * signed once, by a purchaser, and every later request of the organisation finds it signed.
 */
@Service
@Transactional
public class AgreementService {

    /** The agreement text in force; a signature records which version was signed. */
    public static final String CURRENT_VERSION = "2026-01";

    private final AgreementRepository agreements;
    private final AccessPolicy access;
    private final Clock clock;

    public AgreementService(AgreementRepository agreements, AccessPolicy access, Clock clock) {
        this.clock = clock;
        this.agreements = agreements;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public boolean isSigned(UUID organizationId) {
        return agreements.existsById(organizationId);
    }

    @Transactional(readOnly = true)
    public Optional<Agreement> of(UUID organizationId) {
        return agreements.findById(organizationId);
    }

    /**
     * Records the signature of a purchaser of the organisation. Signing a signed agreement again
     * changes nothing: the first signature stands.
     */
    public Agreement sign(UUID organizationId, String userId, Signature signature) {
        access.requirePurchaser(access.user(userId), organizationId);
        Problems problems = new Problems()
                .requireText("signerName", signature.signerName(), 200)
                .requireText("signerTitle", signature.signerTitle(), 200);
        if (!Boolean.TRUE.equals(signature.accept())) {
            problems.add("accept", "must be true: the agreement is signed by accepting it");
        }
        problems.throwIfAny();
        return agreements.findById(organizationId).orElseGet(() -> agreements.save(new Agreement(organizationId,
                CURRENT_VERSION, userId, signature.signerName().trim(), signature.signerTitle().trim(), clock.instant())));
    }
}
