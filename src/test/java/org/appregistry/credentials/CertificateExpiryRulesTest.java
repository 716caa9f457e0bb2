package org.appregistry.credentials;

import static org.appregistry.credentials.CertificateExpiryRules.Action.MARK_EXPIRED;
import static org.appregistry.credentials.CertificateExpiryRules.Action.NONE;
import static org.appregistry.credentials.CertificateExpiryRules.Action.WARN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;
import org.junit.jupiter.api.Test;

/** Which certificate is expiring, expired, or warned of already, against a fixed clock. */
class CertificateExpiryRulesTest {

    static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    final CertificateExpiryRules rules = new CertificateExpiryRules(CLOCK, Period.ofDays(30));

    @Test
    void aCertificateExpiringWithinTheWarningPeriodIsWarnedOf() {
        assertThat(rules.actionOn(validUntil(NOW.plus(Duration.ofDays(10))))).isEqualTo(WARN);
    }

    @Test
    void theWarningPeriodIncludesItsLastInstantAndNothingAfter() {
        assertThat(rules.horizon()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(rules.actionOn(validUntil(NOW.plus(Duration.ofDays(30))))).isEqualTo(WARN);
        assertThat(rules.actionOn(validUntil(NOW.plus(Duration.ofDays(30)).plusSeconds(1)))).isEqualTo(NONE);
        assertThat(rules.actionOn(validUntil(NOW.plus(Duration.ofDays(40))))).isEqualTo(NONE);
    }

    @Test
    void aCertificateIsWarnedOfOnce() {
        WatchedCertificate warned = certificate(NOW.plus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(1)), null);

        assertThat(rules.actionOn(warned)).isEqualTo(NONE);
    }

    @Test
    void aCertificateIsValidThroughItsNotAfter() {
        assertThat(rules.actionOn(validUntil(NOW))).isEqualTo(WARN);
        assertThat(rules.actionOn(validUntil(NOW.minusSeconds(1)))).isEqualTo(MARK_EXPIRED);
    }

    @Test
    void anExpiredCertificateIsMarkedWhetherOrNotItWasWarnedOf() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));

        assertThat(rules.actionOn(validUntil(yesterday))).isEqualTo(MARK_EXPIRED);
        assertThat(rules.actionOn(certificate(yesterday, NOW.minus(Duration.ofDays(20)), null)))
                .isEqualTo(MARK_EXPIRED);
    }

    @Test
    void anExpiredCertificateIsMarkedOnceAndNeverWarnedOfAfterwards() {
        assertThat(rules.actionOn(certificate(NOW.minus(Duration.ofDays(1)), null, NOW.minus(Duration.ofHours(1)))))
                .isEqualTo(NONE);
    }

    @Test
    void theVerdictMovesWithTheClock() {
        WatchedCertificate certificate = validUntil(NOW.plus(Duration.ofDays(45)));
        CertificateExpiryRules twentyDaysOn = new CertificateExpiryRules(
                Clock.offset(CLOCK, Duration.ofDays(20)), Period.ofDays(30));
        CertificateExpiryRules fiftyDaysOn = new CertificateExpiryRules(
                Clock.offset(CLOCK, Duration.ofDays(50)), Period.ofDays(30));

        assertThat(rules.actionOn(certificate)).isEqualTo(NONE);
        assertThat(twentyDaysOn.actionOn(certificate)).isEqualTo(WARN);
        assertThat(fiftyDaysOn.actionOn(certificate)).isEqualTo(MARK_EXPIRED);
    }

    @Test
    void aPeriodInMonthsCountsCalendarMonths() {
        CertificateExpiryRules oneMonth = new CertificateExpiryRules(CLOCK, Period.ofMonths(1));

        assertThat(oneMonth.horizon()).isEqualTo(Instant.parse("2025-04-10T08:00:00Z"));
    }

    private static WatchedCertificate validUntil(Instant notAfter) {
        return certificate(notAfter, null, null);
    }

    private static WatchedCertificate certificate(Instant notAfter, Instant warnedAt, Instant expiredAt) {
        return new WatchedCertificate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                EnvironmentKind.PRODUCTION, notAfter, warnedAt, expiredAt);
    }
}
