package org.appregistry.credentials;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Which provisioned certificates the expiry watch acts on, judged at the clock's instant. A
 * certificate is expired once its notAfter has passed (it is valid through notAfter itself, as
 * for {@link CertificateInspector}); it is expiring while it is valid and its notAfter lies
 * within the warning period ({@code registry.certificates.expiry-warning}), bounds included.
 * The developers are warned of an expiring certificate once; an expired one is marked once,
 * and is not warned of any more: the mark is what they see then.
 */
public final class CertificateExpiryRules {

    public enum Action {
        /** Tell the vendor's developers that the certificate expires soon. */
        WARN,
        /** Record on the credential and the request that the certificate has expired. */
        MARK_EXPIRED,
        NONE
    }

    private final Clock clock;
    private final Period warning;

    public CertificateExpiryRules(Clock clock, Period warning) {
        this.clock = clock;
        this.warning = warning;
    }

    /** The latest notAfter that is warned of now; a period in months or years counts calendar months, in UTC. */
    public Instant horizon() {
        return clock.instant().atOffset(ZoneOffset.UTC).plus(warning).toInstant();
    }

    public Action actionOn(WatchedCertificate certificate) {
        if (certificate.expiredAt() != null) {
            return Action.NONE;
        }
        if (certificate.notAfter().isBefore(clock.instant())) {
            return Action.MARK_EXPIRED;
        }
        if (certificate.expiryWarnedAt() == null && !certificate.notAfter().isAfter(horizon())) {
            return Action.WARN;
        }
        return Action.NONE;
    }
}
