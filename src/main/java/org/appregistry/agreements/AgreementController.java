package org.appregistry.agreements;

import java.time.Instant;
import java.util.UUID;

import org.appregistry.agreements.process.AgreementSignatures;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.OrganizationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's API Subscription Agreement: members read its status, a purchaser signs it.
 * Access is checked before existence, so outsiders cannot probe which organisations exist.
 */
@RestController
@RequestMapping("/api/organizations/{organizationId}/agreement")
public class AgreementController {

    private final AgreementService agreements;
    private final AgreementSignatures signatures;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public AgreementController(AgreementService agreements, AgreementSignatures signatures,
            OrganizationService organizations, AccessPolicy access) {
        this.agreements = agreements;
        this.signatures = signatures;
        this.organizations = organizations;
        this.access = access;
    }

    public record SignRequest(Boolean accept, String signerName, String signerTitle) {
    }

    public record AgreementView(UUID organizationId, boolean signed, String currentVersion, String signedVersion,
            String signedBy, String signerName, String signerTitle, Instant signedAt) {
    }

    @GetMapping
    public AgreementView get(@PathVariable UUID organizationId) {
        access.requireMemberOf(organizationId);
        organizations.organization(organizationId);
        return view(organizationId);
    }

    @PostMapping
    public AgreementView sign(@PathVariable UUID organizationId, @RequestBody SignRequest request) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        signatures.sign(organizationId, access.current().userId(), request.accept(), request.signerName(),
                request.signerTitle());
        return view(organizationId);
    }

    private AgreementView view(UUID organizationId) {
        return agreements.of(organizationId)
                .map(a -> new AgreementView(organizationId, true, AgreementService.CURRENT_VERSION,
                        a.getAgreementVersion(), a.getSignedBy(), a.getSignerName(), a.getSignerTitle(), a.getSignedAt()))
                .orElse(new AgreementView(organizationId, false, AgreementService.CURRENT_VERSION, null, null, null,
                        null, null));
    }
}
