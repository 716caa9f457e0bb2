package org.appregistry.agreements;

import java.time.Instant;
import java.util.UUID;

import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.common.TaskAnswers;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.OrganizationService;
import org.springframework.transaction.annotation.Transactional;
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
    private final TaskAnswers tasks;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public AgreementController(AgreementService agreements, TaskAnswers tasks, OrganizationService organizations,
            AccessPolicy access) {
        this.agreements = agreements;
        this.tasks = tasks;
        this.organizations = organizations;
        this.access = access;
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

    /**
     * Signs: when a request of the organisation waits at the signing task, by answering it (the
     * process then releases the others); otherwise the signature is recorded for later requests.
     */
    @PostMapping
    @Transactional
    public AgreementView sign(@PathVariable UUID organizationId, @RequestBody Signature signature) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        String signer = access.current().userId();
        if (tasks.isOpen(AgreementTasks.SIGN, organizationId)) {
            tasks.answer(AgreementTasks.SIGN, organizationId, signer, signature);
        } else {
            agreements.sign(organizationId, signer, signature);
        }
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
