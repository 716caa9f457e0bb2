package org.appregistry.credentials;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.OwnApps;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The app's standing answer ("autoRespond") for new download requests: a developer with
 * hundreds of organisations acts once, not once per organisation.
 */
@RestController
@RequestMapping("/api/apps/{appId}/auto-respond")
public class StandingPolicyController {

    private final CredentialService credentials;
    private final OwnApps own;
    private final AccessPolicy access;

    public StandingPolicyController(CredentialService credentials, OwnApps own, AccessPolicy access) {
        this.credentials = credentials;
        this.own = own;
        this.access = access;
    }

    public record PolicyBody(String mode, String jwksUrl) {
    }

    public record PolicyView(UUID appId, CredentialMode mode, String jwksUrl, String setBy, Instant setAt) {

        static PolicyView of(CredentialPolicy policy) {
            return new PolicyView(policy.getAppId(), policy.getMode(), policy.getJwksUrl(), policy.getSetBy(),
                    policy.getSetAt());
        }
    }

    @Operation(summary = "The standing credential policy",
            description = "The policy that answers new requests of the app as they appear; 404 when none is set.")
    @GetMapping
    public PolicyView get(@PathVariable UUID appId) {
        own.get(appId);
        return credentials.policy(appId).map(PolicyView::of)
                .orElseThrow(() -> new NotFoundException("the app has no standing policy"));
    }

    @Operation(summary = "Set the standing credential policy",
            description = "A JWK Set URL (the same for production and non-production) or NONE, applied to every request"
                    + " created from now on.")
    @PutMapping
    public PolicyView set(@PathVariable UUID appId, @RequestBody PolicyBody body) {
        own.get(appId);
        CredentialMode mode;
        try {
            mode = body.mode() == null ? null : CredentialMode.valueOf(body.mode());
        } catch (IllegalArgumentException e) {
            mode = null;
        }
        if (mode == null) {
            throw new InvalidInputException("mode", "must be JWKS_URL or NONE");
        }
        return PolicyView.of(credentials.setPolicy(appId, mode, body.jwksUrl(), access.current().userId()));
    }

    @Operation(summary = "Remove the standing credential policy",
            description = "New requests wait for the developers' answer again.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@PathVariable UUID appId) {
        own.get(appId);
        credentials.removePolicy(appId);
    }
}
