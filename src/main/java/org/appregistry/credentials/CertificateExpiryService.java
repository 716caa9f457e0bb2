package org.appregistry.credentials;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestParties;
import org.appregistry.organizations.Organization;
import org.appregistry.organizations.OrganizationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate expiry watch: warns the vendor's developers of each provisioned certificate
 * that expires soon, and marks expired ones on the credential and on the request (see
 * {@link CertificateExpiryRules}). It walks the certificates in batches, each in a transaction of
 * its own, so that a run over many rows neither holds them all nor loses what it did when it
 * fails later. Running it again, or on two nodes at once, warns nobody twice: each warning and
 * each mark is claimed by a conditional update before anything is written for it.
 */
@Service
public class CertificateExpiryService {

    static final int BATCH_SIZE = 100;
    private static final UUID FIRST = new UUID(0, 0);

    private final CredentialRepository credentials;
    private final CertificateExpiryRules rules;
    private final DownloadService downloads;
    private final AppService apps;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate batchTransaction;

    CertificateExpiryService(CredentialRepository credentials, CertificateExpiryRules rules, DownloadService downloads,
            AppService apps, OrganizationService organizations, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.credentials = credentials;
        this.rules = rules;
        this.downloads = downloads;
        this.apps = apps;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What one run did. */
    public record Outcome(int warned, int markedExpired) {

        Outcome plus(Outcome other) {
            return new Outcome(warned + other.warned, markedExpired + other.markedExpired);
        }
    }

    /** One run over every certificate that may need a warning or the expired mark. */
    public Outcome watch() {
        Outcome outcome = new Outcome(0, 0);
        Batch batch = new Batch(outcome, FIRST);
        while (batch.last() != null) {
            UUID after = batch.last();
            batch = batchTransaction.execute(status -> batchAfter(after));
            outcome = outcome.plus(batch.outcome());
        }
        return outcome;
    }

    /** @param last the id to continue after, null when this was the last batch */
    private record Batch(Outcome outcome, UUID last) {
    }

    private Batch batchAfter(UUID after) {
        List<WatchedCertificate> batch = credentials.findWatchedCertificates(rules.horizon(), clock.instant(), after,
                Limit.of(BATCH_SIZE));
        Map<UUID, App> appsById = new HashMap<>();
        Map<UUID, Organization> organizationsById = new HashMap<>();
        int warned = 0;
        int marked = 0;
        for (WatchedCertificate certificate : batch) {
            Instant now = clock.instant();
            switch (rules.actionOn(certificate)) {
                case WARN -> {
                    if (credentials.claimExpiryWarning(certificate.id(), now) == 1) {
                        warn(certificate, appsById.computeIfAbsent(certificate.appId(), apps::get),
                                organizationsById.computeIfAbsent(certificate.organizationId(),
                                        organizations::organization));
                        warned++;
                    }
                }
                case MARK_EXPIRED -> {
                    if (credentials.claimExpired(certificate.id(), now) == 1) {
                        downloads.markCertificateExpired(certificate.requestId(), certificate.environmentKind(), now);
                        marked++;
                    }
                }
                case NONE -> {
                    // not within the warning period, or warned of already
                }
            }
        }
        return new Batch(new Outcome(warned, marked),
                batch.size() < BATCH_SIZE ? null : batch.get(batch.size() - 1).id());
    }

    private void warn(WatchedCertificate certificate, App app, Organization organization) {
        events.publishEvent(new CertificateExpiring(RequestParties.of(certificate.requestId(), app, organization),
                certificate.environmentKind(), certificate.notAfter()));
    }
}
