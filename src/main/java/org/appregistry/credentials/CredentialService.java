package org.appregistry.credentials;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.Audience;
import org.appregistry.common.ConflictException;
import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.Problems;
import org.appregistry.credentials.Credential.Owner;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.EnvironmentKind;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review &amp; Manage Downloads: the developer's credentials for one organisation, per
 * environment kind, and their rotation after enabling. Secrets and keys must differ between
 * production and non-production and from every credential the app ever had (another
 * organisation's, a retired one); secrets are compared by keyed fingerprint, certificates by
 * the SHA-256 of their public key (SubjectPublicKeyInfo), never as text.
 */
@Service
@Transactional
public class CredentialService {

    private final CredentialRepository credentials;
    private final CredentialPolicyRepository policies;
    private final DownloadService downloads;
    private final AppService apps;
    private final SecretGenerator generator;
    private final SecretRules secretRules;
    private final SecretHasher hasher;
    private final CertificateInspector certificates;
    private final JwksUrlRules jwksUrlRules;
    private final AccessPolicy access;
    private final CredentialRotations rotations;
    private final CredentialJwkRepository jwks;
    private final JwkSetKeys jwkSetKeys;
    private final CredentialSettings settings;
    private final Clock clock;

    CredentialService(CredentialRepository credentials, CredentialPolicyRepository policies,
            DownloadService downloads, AppService apps,
            SecretGenerator generator, SecretRules secretRules, SecretHasher hasher, CertificateInspector certificates,
            JwksUrlRules jwksUrlRules, AccessPolicy access, @Lazy CredentialRotations rotations,
            CredentialJwkRepository jwks, JwkSetKeys jwkSetKeys, CredentialSettings settings, Clock clock) {
        this.access = access;
        this.jwks = jwks;
        this.jwkSetKeys = jwkSetKeys;
        this.rotations = rotations;
        this.settings = settings;
        this.clock = clock;
        this.credentials = credentials;
        this.policies = policies;
        this.downloads = downloads;
        this.apps = apps;
        this.generator = generator;
        this.secretRules = secretRules;
        this.hasher = hasher;
        this.certificates = certificates;
        this.jwksUrlRules = jwksUrlRules;
    }

    /** One environment kind's input; which fields count depends on the mode. */
    public record CredentialInput(String secret, String certificate, String jwksUrl) {

        @Override
        public String toString() {
            return "CredentialInput[secret=" + (secret == null ? "none" : "***") + "]";
        }
    }

    /**
     * An answer for one request.
     *
     * @param standing a standing or bulk answer: one JWK Set URL for every organisation and both kinds, by the
     *                 developer's choice; only the application sets it (a form's answer never is one)
     */
    public record Provision(CredentialMode mode, CredentialInput production, CredentialInput nonProduction,
            boolean standing) {

        public Provision(CredentialMode mode, CredentialInput production, CredentialInput nonProduction) {
            this(mode, production, nonProduction, false);
        }

        /** A standing or bulk answer: the same JWK Set URL (or none) for both environment kinds. */
        public static Provision standing(CredentialMode mode, String jwksUrl) {
            CredentialInput input = new CredentialInput(null, null, mode == CredentialMode.JWKS_URL ? jwksUrl : null);
            return new Provision(mode, input, input, true);
        }

        @Override
        public String toString() {
            return "Provision[" + mode + (standing ? ", standing" : "") + "]";
        }
    }

    /** The answer; the generated secrets are here and nowhere else, and only for GENERATE. */
    public record Provisioned(CredentialMode mode, String productionSecret, String nonProductionSecret) {

        @Override
        public String toString() {
            return "Provisioned[" + mode + "]";
        }
    }

    /**
     * What an environment needs to authenticate the client: no secret, only its verifier.
     *
     * @param validUntil the end of a rotation's overlap for a PREVIOUS credential; null for the current one
     */
    public record ForEnvironment(CredentialType type, String secretVerifier, String certificatePem, String jwksUrl,
            Instant validUntil) {
    }

    /**
     * New credentials for an enabled request.
     *
     * @param kinds which environment kinds get new credentials; null or empty: both
     */
    public record Rotation(CredentialMode mode, Set<EnvironmentKind> kinds, CredentialInput production,
            CredentialInput nonProduction) {

        @Override
        public String toString() {
            return "Rotation[" + mode + ", " + kinds + "]";
        }
    }

    /** A rotation's answer; generated secrets are here and nowhere else, and only for GENERATE. */
    public record Rotated(CredentialMode mode, Set<EnvironmentKind> kinds, String productionSecret,
            String nonProductionSecret, Instant previousValidUntil) {

        @Override
        public String toString() {
            return "Rotated[" + mode + ", " + kinds + ", until " + previousValidUntil + "]";
        }
    }

    /**
     * "Get Secrets": two fresh secrets of 256 random bits, as the answer {@link #provide} then
     * takes. They exist in plaintext only in this answer and in the response that shows them once.
     */
    public Provision generatedSecrets() {
        return new Provision(CredentialMode.GENERATE, new CredentialInput(generator.generate(), null, null),
                new CredentialInput(generator.generate(), null, null));
    }

    /**
     * A developer's answer to a NOT_RESPONDED request (the task's use case): only a developer of
     * the app's vendor may give it, once.
     */
    public Provisioned provide(UUID requestId, String userId, Provision provision) {
        access.requireDeveloperOf(userId, apps.get(downloads.get(requestId).getAppId()).getVendorId(),
                "download request");
        return provision(requestId, provision, userId);
    }

    private Provisioned provision(UUID requestId, Provision provision, String provisionedBy) {
        DownloadRequest request = downloads.get(requestId);
        if (request.getStatus() != RequestStatus.NOT_RESPONDED || !credentials.findByRequestId(requestId).isEmpty()) {
            throw new ConflictException("This request does not await credentials (it is " + request.getStatus() + ").");
        }
        if (provision.mode() == null) {
            throw new InvalidInputException("mode", "must be GENERATE, SET, PUBLIC_KEY, JWKS_URL or NONE");
        }
        App app = apps.get(request.getAppId());
        CredentialRules.requireSecretForRefreshTokens(app.usesRefreshTokens(), provision.mode());
        Owner owner = new Owner(requestId, app.getId(), request.getOrganizationId(), provisionedBy, clock.instant());
        if (provision.mode() == CredentialMode.NONE) {
            checkStanding(app, CredentialMode.NONE, null);
            credentials.saveAllAndFlush(List.of(Credential.none(owner, EnvironmentKind.PRODUCTION),
                    Credential.none(owner, EnvironmentKind.NON_PRODUCTION)));
            return new Provisioned(CredentialMode.NONE, null, null);
        }
        Map<EnvironmentKind, CredentialInput> inputs = new EnumMap<>(EnvironmentKind.class);
        inputs.put(EnvironmentKind.PRODUCTION, provision.production());
        inputs.put(EnvironmentKind.NON_PRODUCTION, provision.nonProduction());
        save(newCredentials(owner, provision.mode(), inputs, provision.standing()));
        return provision.mode() == CredentialMode.GENERATE
                ? new Provisioned(CredentialMode.GENERATE, provision.production().secret(),
                        provision.nonProduction().secret())
                : new Provisioned(provision.mode(), null, null);
    }

    /**
     * New credentials for one environment kind or both of an enabled request, beside the current
     * ones: those become PREVIOUS and keep working until the overlap ({@code
     * registry.credentials.rotation-overlap}) ends or the developer retires them. The same rules
     * and uniqueness as a first answer, against every credential the app ever had; then the
     * client record syncs with both.
     */
    public Rotated rotate(UUID requestId, String userId, Rotation rotation) {
        DownloadRequest request = downloads.get(requestId);
        App app = apps.get(request.getAppId());
        access.requireDeveloperOf(userId, app.getVendorId(), "download request");
        if (!CredentialRules.ROTATABLE.contains(request.getStatus())) {
            throw new ConflictException("Credentials are rotated once the request is enabled or synced; it is "
                    + request.getStatus() + ".");
        }
        CredentialMode mode = rotation.mode();
        CredentialRules.requireRotatingMode(mode);
        CredentialRules.requireSecretForRefreshTokens(app.usesRefreshTokens(), mode);
        Set<EnvironmentKind> kinds = rotation.kinds() == null || rotation.kinds().isEmpty()
                ? EnumSet.allOf(EnvironmentKind.class) : EnumSet.copyOf(rotation.kinds());
        List<Credential> working = credentials.lockWorking(requestId);
        working.stream().filter(c -> c.getState() == CredentialState.PREVIOUS).findFirst().ifPresent(previous -> {
            throw new ConflictException("A rotation is under way: the previous credentials work until "
                    + previous.getValidUntil() + ". Retire them first (DELETE …/credentials/previous).");
        });
        List<Credential> replaced = new ArrayList<>();
        for (EnvironmentKind kind : kinds) {
            Credential current = working.stream().filter(c -> c.getEnvironmentKind() == kind).findFirst()
                    .orElseThrow(() -> new ConflictException("This request has no credentials to rotate."));
            if (current.getType() == CredentialType.NONE) {
                throw new ConflictException("This request was enabled without client secrets: there is nothing to "
                        + "rotate.");
            }
            replaced.add(current);
        }
        Map<EnvironmentKind, CredentialInput> inputs = new EnumMap<>(EnvironmentKind.class);
        for (EnvironmentKind kind : kinds) {
            inputs.put(kind, mode == CredentialMode.GENERATE ? new CredentialInput(generator.generate(), null, null)
                    : kind == EnvironmentKind.PRODUCTION ? rotation.production() : rotation.nonProduction());
        }
        Owner owner = new Owner(requestId, app.getId(), request.getOrganizationId(), userId, clock.instant());
        NewCredentials made = newCredentials(owner, mode, inputs, false);
        // in milliseconds, as the database, the timer and the answer keep it alike
        Instant until = clock.instant().plus(settings.rotationOverlap())
                .truncatedTo(ChronoUnit.MILLIS);
        replaced.forEach(c -> c.supersede(until));
        credentials.saveAllAndFlush(replaced);
        save(made);
        downloads.credentialsReplaced(requestId, kinds);
        rotations.started(requestId);
        boolean generated = mode == CredentialMode.GENERATE;
        return new Rotated(mode, kinds, generated ? secretOf(inputs, EnvironmentKind.PRODUCTION) : null,
                generated ? secretOf(inputs, EnvironmentKind.NON_PRODUCTION) : null, until);
    }

    /** The developer retires the previous credentials now: the record syncs again with the current ones only. */
    public void retirePrevious(UUID requestId, String userId) {
        DownloadRequest request = downloads.get(requestId);
        access.requireDeveloperOf(userId, apps.get(request.getAppId()).getVendorId(), "download request");
        Set<EnvironmentKind> retired = retire(requestId, previous -> true);
        if (retired.isEmpty()) {
            throw new ConflictException("This request has no previous credentials to retire.");
        }
        downloads.resync(requestId, retired);
        rotations.previousRetired(requestId);
    }

    /** The overlap ended (credentialRotation's timer): previous credentials whose end has come are retired. */
    public Set<EnvironmentKind> retireOverlapEnded(UUID requestId) {
        Instant now = clock.instant();
        Set<EnvironmentKind> retired = retire(requestId, previous -> !previous.getValidUntil().isAfter(now));
        downloads.resync(requestId, retired);
        return retired;
    }

    /** When the earliest overlap of the request ends; now when none is under way. */
    @Transactional(readOnly = true)
    public Instant overlapEnd(UUID requestId) {
        return credentials.findByRequestId(requestId).stream()
                .filter(c -> c.getState() == CredentialState.PREVIOUS)
                .map(Credential::getValidUntil)
                .min(Comparator.naturalOrder())
                .orElseGet(clock::instant);
    }

    private Set<EnvironmentKind> retire(UUID requestId, Predicate<Credential> due) {
        Instant now = clock.instant();
        Set<EnvironmentKind> kinds = EnumSet.noneOf(EnvironmentKind.class);
        credentials.lockWorking(requestId).stream()
                .filter(c -> c.getState() == CredentialState.PREVIOUS && due.test(c))
                .forEach(c -> {
                    c.retire(now);
                    kinds.add(c.getEnvironmentKind());
                });
        return kinds;
    }

    private static String secretOf(Map<EnvironmentKind, CredentialInput> inputs, EnvironmentKind kind) {
        CredentialInput input = inputs.get(kind);
        return input == null ? null : input.secret();
    }

    /**
     * Sets the app's standing answer: the app's JWK Set URL or no secrets. Allowed on an ACTIVE
     * app (it is how the app is operated, not its listing). Secrets and certificates must
     * differ per organisation, so they cannot be standing answers.
     */
    public CredentialPolicy setPolicy(UUID appId, CredentialMode mode, String jwksUrl, String setBy) {
        App app = apps.get(appId);
        checkStanding(app, mode, jwksUrl);
        policies.findById(appId).ifPresent(policies::delete);
        policies.flush();
        return policies.save(new CredentialPolicy(appId, mode, mode == CredentialMode.JWKS_URL ? jwksUrl : null, setBy,
                clock.instant()));
    }

    /** The rules of a standing or bulk answer, checked before anything is answered. */
    public void checkStanding(App app, CredentialMode mode, String jwksUrl) {
        if (mode != CredentialMode.JWKS_URL && mode != CredentialMode.NONE) {
            throw new InvalidInputException("mode", "must be JWKS_URL or NONE: secrets and certificates differ per "
                    + "organisation and are answered one request at a time");
        }
        if (mode == CredentialMode.JWKS_URL && app.usesRefreshTokens()) {
            throw new InvalidInputException("mode", CredentialRules.NO_STANDING_FOR_REFRESH_TOKENS);
        }
        if (mode == CredentialMode.JWKS_URL) {
            List<FieldProblem> problems = jwksUrlRules.check("jwksUrl", jwksUrl);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        } else if (app.getAudience() == Audience.BACKEND_SYSTEMS) {
            throw new InvalidInputException("mode", "a backend app authenticates with client secrets, public keys or a "
                    + "JWK Set URL; it cannot be enabled without them");
        }
    }

    @Transactional(readOnly = true)
    public Optional<CredentialPolicy> policy(UUID appId) {
        return policies.findById(appId);
    }

    public void removePolicy(UUID appId) {
        policies.findById(appId).ifPresent(policies::delete);
    }

    /** Answers a request by its app's standing policy; the caller checked that there is one. */
    public void provisionByPolicy(UUID requestId) {
        DownloadRequest request = downloads.get(requestId);
        CredentialPolicy policy = policies.findById(request.getAppId())
                .orElseThrow(() -> new IllegalStateException("app " + request.getAppId() + " has no standing policy"));
        provision(requestId, policy.provision(), "policy:" + policy.getSetBy());
    }

    /** Provisioned with something to authenticate with (not "enabled without client secrets"). */
    @Transactional(readOnly = true)
    public boolean hasCredentials(UUID requestId) {
        List<Credential> provisioned = credentials.findByRequestId(requestId);
        if (provisioned.isEmpty()) {
            throw new IllegalStateException("request " + requestId + " has no credentials provisioned");
        }
        return provisioned.stream().anyMatch(c -> c.getType() != CredentialType.NONE);
    }

    @Transactional(readOnly = true)
    public boolean isProvisioned(UUID requestId) {
        return !credentials.findByRequestId(requestId).isEmpty();
    }

    /** The current credential of the environment kind and, during a rotation's overlap, the previous one. */
    @Transactional(readOnly = true)
    public List<ForEnvironment> forEnvironment(UUID requestId, EnvironmentKind kind) {
        return credentials.findWorking(requestId, kind).stream()
                .map(c -> new ForEnvironment(c.getType(), c.getSecretVerifier(), c.getCertificatePem(), c.getJwksUrl(),
                        c.getState() == CredentialState.PREVIOUS ? c.getValidUntil() : null))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Credential> ofRequest(UUID requestId) {
        return credentials.findByRequestId(requestId);
    }

    /** New credentials, and the keys their JWK Sets served when provisioned. */
    private record NewCredentials(List<Credential> credentials, List<CredentialJwk> keys) {

        NewCredentials(List<Credential> credentials) {
            this(credentials, List.of());
        }
    }

    private void save(NewCredentials made) {
        credentials.saveAllAndFlush(made.credentials());
        jwks.saveAllAndFlush(made.keys());
    }

    /** Credentials of one mode for the given environment kinds, by a first answer's rules and uniqueness. */
    private NewCredentials newCredentials(Owner owner, CredentialMode mode, Map<EnvironmentKind, CredentialInput> inputs,
            boolean shared) {
        return switch (mode) {
            case GENERATE, SET -> new NewCredentials(secrets(owner, mode, inputs));
            case PUBLIC_KEY -> new NewCredentials(certificates(owner, inputs));
            case JWKS_URL -> jwksUrls(owner, inputs, shared);
            case NONE -> throw new IllegalArgumentException("NONE provisions no credential");
        };
    }

    private String checkedSecret(CredentialInput input, String field) {
        String secret = input == null ? null : input.secret();
        List<FieldProblem> problems = secretRules.check(field, secret);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return secret;
    }

    private List<Credential> secrets(Owner owner, CredentialMode mode, Map<EnvironmentKind, CredentialInput> inputs) {
        Map<EnvironmentKind, String> secrets = new EnumMap<>(EnvironmentKind.class);
        inputs.forEach((kind, input) -> secrets.put(kind, mode == CredentialMode.GENERATE
                // generated by the service: nobody chooses a "generated" secret
                ? Objects.requireNonNull(input.secret())
                : checkedSecret(input, CredentialRules.field(kind) + ".secret")));
        Problems problems = new Problems();
        Set<String> fresh = new HashSet<>();
        List<Credential> made = new ArrayList<>();
        secrets.forEach((kind, secret) -> {
            String field = CredentialRules.field(kind) + ".secret";
            String fingerprint = hasher.fingerprint(secret);
            if (!fresh.add(fingerprint)) {
                problems.add(field, "must differ from the production secret");
            } else if (credentials.existsByAppIdAndSecretFingerprint(owner.appId(), fingerprint)) {
                problems.add(field, CredentialRules.USED_SECRET);
            }
            made.add(Credential.secret(owner, kind, fingerprint, hasher.verifier(secret)));
        });
        problems.throwIfAny();
        return made;
    }

    private List<Credential> certificates(Owner owner, Map<EnvironmentKind, CredentialInput> inputs) {
        Instant now = clock.instant();
        Map<EnvironmentKind, InspectedCertificate> inspected = new EnumMap<>(EnvironmentKind.class);
        inputs.forEach((kind, input) -> inspected.put(kind, certificates.inspect(
                CredentialRules.field(kind) + ".certificate", input == null ? null : input.certificate(), now)));
        Problems problems = new Problems();
        Set<String> fresh = new HashSet<>();
        inspected.forEach((kind, certificate) -> {
            String field = CredentialRules.field(kind) + ".certificate";
            // the key, not the file: a certificate re-issued for the same key pair is the same key
            if (!fresh.add(certificate.publicKeyFingerprint())) {
                problems.add(field, "must have another key than the production certificate");
            } else if (credentials.existsByAppIdAndPublicKeyFingerprint(owner.appId(),
                    certificate.publicKeyFingerprint())) {
                problems.add(field, CredentialRules.USED_KEY);
            }
        });
        problems.throwIfAny();
        return inspected.entrySet().stream()
                .map(entry -> Credential.certificate(owner, entry.getKey(), entry.getValue()))
                .toList();
    }

    /**
     * Per request, URLs differ between the kinds and from every URL the app had, and so do the keys
     * they serve now (RFC 7638 thumbprints; a set not fetchable yet has none to compare). A
     * standing or bulk answer shares one URL by the developer's choice, and is not compared.
     */
    private NewCredentials jwksUrls(Owner owner, Map<EnvironmentKind, CredentialInput> inputs, boolean shared) {
        List<FieldProblem> ruleProblems = new ArrayList<>();
        inputs.forEach((kind, input) -> ruleProblems.addAll(jwksUrlRules.check(CredentialRules.field(kind) + ".jwksUrl",
                input == null ? null : input.jwksUrl())));
        if (!ruleProblems.isEmpty()) {
            throw new InvalidInputException(ruleProblems);
        }
        List<Credential> made = inputs.entrySet().stream()
                .map(entry -> Credential.jwksUrl(owner, entry.getKey(), entry.getValue().jwksUrl()))
                .toList();
        if (shared) {
            return new NewCredentials(made);
        }
        Problems problems = new Problems();
        Set<String> freshUrls = new HashSet<>();
        Map<EnvironmentKind, Set<String>> served = new EnumMap<>(EnvironmentKind.class);
        for (Credential credential : made) {
            String field = CredentialRules.field(credential.getEnvironmentKind()) + ".jwksUrl";
            if (!freshUrls.add(credential.getJwksUrl())) {
                problems.add(field, "must differ from the production JWK Set URL");
            } else if (credentials.existsByAppIdAndJwksUrl(owner.appId(), credential.getJwksUrl())) {
                problems.add(field, CredentialRules.USED_URL);
            } else {
                served.put(credential.getEnvironmentKind(),
                        jwkSetKeys.thumbprints(credential.getJwksUrl()).orElse(Set.of()));
            }
        }
        problems.throwIfAny();
        CredentialRules.checkJwkSetKeys(served, thumbprint -> jwks.existsByAppIdAndThumbprint(owner.appId(),
                thumbprint));
        List<CredentialJwk> keys = made.stream()
                .flatMap(c -> served.getOrDefault(c.getEnvironmentKind(), Set.of()).stream()
                        .map(thumbprint -> new CredentialJwk(c, thumbprint)))
                .toList();
        return new NewCredentials(made, keys);
    }
}
