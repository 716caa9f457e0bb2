package org.appregistry.credentials.process;

import java.util.UUID;

import org.appregistry.credentials.CredentialService;
import org.springframework.stereotype.Component;

/** Gateway_StandingPolicy: {@code ${standingPolicy.appliesTo(appId)}}. */
@Component("standingPolicy")
public class StandingPolicyCheck {

    private final CredentialService credentials;

    public StandingPolicyCheck(CredentialService credentials) {
        this.credentials = credentials;
    }

    public boolean appliesTo(String appId) {
        return credentials.policy(UUID.fromString(appId)).isPresent();
    }
}
