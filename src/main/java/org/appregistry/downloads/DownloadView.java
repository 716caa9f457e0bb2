package org.appregistry.downloads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.appregistry.common.CodeWords;
import org.appregistry.organizations.EnvironmentKind;

/**
 * A download request as both sides see it: the organisation's Downloads page and the
 * developer's Review &amp; Manage Downloads list.
 *
 * @param workedWithTechnicalCoordinator the pre-request checklist as the requester acknowledged it (null on
 *                                       requests made before it existed), with {@code warnings} for each
 *                                       acknowledgement not given
 * @param kickoff                        the kickoff call recorded (or skipped) after the sync; null until then
 * @param refreshTokens                  whether the app gets refresh tokens at this organisation; the duration
 *                                       ({@code refreshTokenDurationHours}) only when it does
 * @param removalRequestedBy             who asked for the removal (a purchaser, or the developer who retired the
 *                                       app); null while the request lives
 * @param removedAt                      when no environment held the record any more; null until REMOVED
 */
public record DownloadView(UUID requestId, UUID appId, String appName, UUID organizationId, String organizationName,
        UUID clientId, RequestStatus status, RequestSource source, RefreshTokens refreshTokens,
        Integer refreshTokenDurationHours, Instant createdAt,
        Instant approvedAt, Instant syncedAt, Boolean workedWithTechnicalCoordinator,
        Boolean productsAndInterfacesInPlace, Boolean costsEvaluated, List<String> warnings, KickoffView kickoff,
        List<EnvironmentView> environments, String removalRequestedBy, Instant removedAt) {

    /** The status in the source document's words ("Not responded", "Keys enabled"). */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return CodeWords.of(status);
    }

    /**
     * Refresh tokens at this organisation: available only when the app uses them and the developer
     * gave a client secret; "enable without client secrets" makes them unavailable.
     *
     * @param available whether the environments issue refresh tokens to this client
     * @param note      why not, in words; null when available
     */
    public record RefreshTokens(boolean available, String note) {

        static final RefreshTokens NOT_USED = new RefreshTokens(false, "The app does not use refresh tokens.");
        static final RefreshTokens WITHOUT_CLIENT_SECRETS = new RefreshTokens(false, "Refresh tokens are unavailable: "
                + "the developer enabled the app without client secrets for this organisation.");
        static final RefreshTokens AWAITING_SECRET = new RefreshTokens(false, "Not yet: refresh tokens become "
                + "available once the developer gives a client secret for this organisation.");
        static final RefreshTokens AVAILABLE = new RefreshTokens(true, null);

        static RefreshTokens of(boolean appUsesThem, DownloadRequest request) {
            if (!appUsesThem) {
                return NOT_USED;
            }
            if (request.isWithoutClientSecrets()) {
                return WITHOUT_CLIENT_SECRETS;
            }
            // before the developer's answer no secret exists, so no refresh token could be issued yet
            boolean awaited = request.getStatus() == RequestStatus.AWAITING_AGREEMENT
                    || request.getStatus() == RequestStatus.NOT_RESPONDED;
            return awaited ? AWAITING_SECRET : AVAILABLE;
        }
    }

    /**
     * @param certificateExpiredAt set when the certificate this environment authenticates the client
     *                             with has expired (found by the certificate expiry watch); else null
     */
    public record EnvironmentView(String code, EnvironmentKind kind, UUID clientId, SyncStatus syncStatus,
            Instant syncedAt, int attempts, String lastError, Instant certificateExpiredAt) {

        @JsonProperty("syncStatusLabel")
        public String syncStatusLabel() {
            return CodeWords.of(syncStatus);
        }

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
