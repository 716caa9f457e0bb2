package org.appregistry.downloads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;

/**
 * A download request as both sides see it: the organisation's Downloads page and the
 * developer's Review &amp; Manage Downloads list.
 *
 * @param workedWithTechnicalCoordinator the pre-request checklist as the requester acknowledged it (null on
 *                                       requests made before it existed), with {@code warnings} for each
 *                                       acknowledgement not given
 * @param kickoff                        the kickoff call recorded (or skipped) after the sync; null until then
 * @param removalRequestedBy             who asked for the removal (a purchaser, or the developer who retired the
 *                                       app); null while the request lives
 * @param removedAt                      when no environment held the record any more; null until REMOVED
 */
public record DownloadView(UUID requestId, UUID appId, String appName, UUID organizationId, String organizationName,
        UUID clientId, RequestStatus status, RequestSource source, Integer refreshTokenDurationHours, Instant createdAt,
        Instant approvedAt, Instant syncedAt, Boolean workedWithTechnicalCoordinator,
        Boolean productsAndInterfacesInPlace, Boolean costsEvaluated, List<String> warnings, KickoffView kickoff,
        List<EnvironmentView> environments, String removalRequestedBy, Instant removedAt) {

    /**
     * @param certificateExpiredAt set when the certificate this environment authenticates the client
     *                             with has expired (found by the certificate expiry watch); else null
     */
    public record EnvironmentView(String code, EnvironmentKind kind, UUID clientId, SyncStatus syncStatus,
            Instant syncedAt, int attempts, String lastError, Instant certificateExpiredAt) {

        static EnvironmentView of(RequestEnvironment environment) {
            return new EnvironmentView(environment.getCode(), environment.getKind(), environment.getClientId(),
                    environment.getSyncStatus(), environment.getSyncedAt(), environment.getAttempts(),
                    environment.getLastError(), environment.getCertificateExpiredAt());
        }
    }

    /** @param skipped true when the purchaser said no kickoff call will be recorded; the call's fields are null */
    public record KickoffView(boolean skipped, LocalDate date, String goals, String scope, String milestones,
            List<Stakeholder> stakeholders, String recordedBy, Instant recordedAt) {

        static KickoffView of(Kickoff kickoff) {
            return new KickoffView(kickoff.isSkipped(), kickoff.getCallDate(), kickoff.getGoals(), kickoff.getScope(),
                    kickoff.getMilestones(), kickoff.getStakeholders(), kickoff.getRecordedBy(),
                    kickoff.getRecordedAt());
        }
    }
}
