package org.appregistry.credentials;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review &amp; Manage Downloads: the developer's credentials for one organisation, per
 * environment kind. Secrets and keys must differ between production and non-production and
 * from those of every other organisation of the app; secrets are compared by keyed
 * fingerprint, certificates by their SHA-256 fingerprint, never as text.
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
    private final Clock clock;

    CredentialService(CredentialRepository credentials, CredentialPolicyRepository policies,
            DownloadService downloads, AppService apps,
            SecretGenerator generator, SecretRules secretRules, SecretHasher hasher, CertificateInspector certificates,
            JwksUrlRules jwksUrlRules, AccessPolicy access, Clock clock) {
        this.clock = clock;
        this.access = access;
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

    public record Provision(CredentialMode mode, CredentialInput production, CredentialInput nonProduction) {

        /** A standing or bulk answer: the same JWK Set URL (or none) for both environment kinds. */
        public static Provision standing(CredentialMode mode, String jwksUrl) {
            CredentialInput input = new CredentialInput(null, null, mode == CredentialMode.JWKS_URL ? jwksUrl : null);
            return new Provision(mode, input, input);
        }

        @Override
        public String toString() {
            return "Provision[" + mode + "]";
        }
    }

    /** The answer; the generated secrets are here and nowhere else, and only for GENERATE. */
    public record Provisioned(CredentialMode mode, String productionSecret, String nonProductionSecret) {

        @Override
        public String toString() {
            return "Provisioned[" + mode + "]";
        }
    }

    /** What an environment needs to authenticate the client: no secret, only its verifier. */
    public record ForEnvironment(CredentialType type, String secretVerifier, String certificatePem, String jwksUrl) {
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
        Owner owner = new Owner(requestId, app.getId(), request.getOrganizationId(), provisionedBy, clock.instant());
        Provisioned provisioned = new Provisioned(provision.mode(), null, null);
        List<Credential> made = switch (provision.mode()) {
            case GENERATE -> {
                // generated by generatedSecrets(): nobody chooses a "generated" secret
                String production = Objects.requireNonNull(provision.production().secret());
                String nonProduction = Objects.requireNonNull(provision.nonProduction().secret());
                provisioned = new Provisioned(CredentialMode.GENERATE, production, nonProduction);
                yield secrets(owner, production, nonProduction);
            }
            case SET -> secrets(owner, checkedSecret(provision.production(), "production"),
                    checkedSecret(provision.nonProduction(), "nonProduction"));
            case PUBLIC_KEY -> certificates(owner, provision);
            case JWKS_URL -> jwksUrls(owner, provision);
            case NONE -> {
                checkStanding(app, CredentialMode.NONE, null);
                yield List.of(Credential.none(owner, EnvironmentKind.PRODUCTION),
                        Credential.none(owner, EnvironmentKind.NON_PRODUCTION));
            }
        };
        credentials.saveAllAndFlush(made);
        return provisioned;
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

    @Transactional(readOnly = true)
    public Optional<ForEnvironment> forEnvironment(UUID requestId, EnvironmentKind kind) {
        return credentials.findByRequestIdAndEnvironmentKind(requestId, kind).map(c -> new ForEnvironment(c.getType(),
                c.getSecretVerifier(), c.getCertificatePem(), c.getJwksUrl()));
    }

    @Transactional(readOnly = true)
    public List<Credential> ofRequest(UUID requestId) {
        return credentials.findByRequestId(requestId);
    }

    private String checkedSecret(CredentialInput input, String kind) {
        String field = kind + ".secret";
        String secret = input == null ? null : input.secret();
        List<FieldProblem> problems = secretRules.check(field, secret);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return secret;
    }

    private List<Credential> secrets(Owner owner, String production, String nonProduction) {
        String productionFingerprint = hasher.fingerprint(production);
        String nonProductionFingerprint = hasher.fingerprint(nonProduction);
        Problems problems = new Problems();
        if (productionFingerprint.equals(nonProductionFingerprint)) {
            problems.add("nonProduction.secret", "must differ from the production secret");
        }
        if (credentials.existsByAppIdAndSecretFingerprint(owner.appId(), productionFingerprint)) {
            problems.add("production.secret", "is already used by this app for another organisation or environment; "
                    + "each needs a secret of its own");
        }
        if (credentials.existsByAppIdAndSecretFingerprint(owner.appId(), nonProductionFingerprint)) {
            problems.add("nonProduction.secret", "is already used by this app for another organisation or environment; "
                    + "each needs a secret of its own");
        }
        problems.throwIfAny();
        return List.of(
                Credential.secret(owner, EnvironmentKind.PRODUCTION, productionFingerprint, hasher.verifier(production)),
                Credential.secret(owner, EnvironmentKind.NON_PRODUCTION, nonProductionFingerprint,
                        hasher.verifier(nonProduction)));
    }

    private List<Credential> certificates(Owner owner, Provision provision) {
        Instant now = clock.instant();
        InspectedCertificate production = certificates.inspect("production.certificate",
                provision.production() == null ? null : provision.production().certificate(), now);
        InspectedCertificate nonProduction = certificates.inspect("nonProduction.certificate",
                provision.nonProduction() == null ? null : provision.nonProduction().certificate(), now);
        Problems problems = new Problems();
        if (production.sha256Fingerprint().equals(nonProduction.sha256Fingerprint())) {
            problems.add("nonProduction.certificate", "must differ from the production certificate");
        }
        for (var certificate : List.of(production, nonProduction)) {
            if (credentials.existsByAppIdAndCertificateFingerprint(owner.appId(), certificate.sha256Fingerprint())) {
                problems.add((certificate == production ? "production" : "nonProduction") + ".certificate",
                        "is already used by this app for another organisation or environment; each needs a key of "
                                + "its own");
            }
        }
        problems.throwIfAny();
        return List.of(Credential.certificate(owner, EnvironmentKind.PRODUCTION, production),
                Credential.certificate(owner, EnvironmentKind.NON_PRODUCTION, nonProduction));
    }

    private List<Credential> jwksUrls(Owner owner, Provision provision) {
        String production = provision.production() == null ? null : provision.production().jwksUrl();
        String nonProduction = provision.nonProduction() == null ? null : provision.nonProduction().jwksUrl();
        List<FieldProblem> problems = new ArrayList<>(
                jwksUrlRules.check("production.jwksUrl", production));
        problems.addAll(jwksUrlRules.check("nonProduction.jwksUrl", nonProduction));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.of(Credential.jwksUrl(owner, EnvironmentKind.PRODUCTION, Objects.requireNonNull(production)),
                Credential.jwksUrl(owner, EnvironmentKind.NON_PRODUCTION, Objects.requireNonNull(nonProduction)));
    }
}
