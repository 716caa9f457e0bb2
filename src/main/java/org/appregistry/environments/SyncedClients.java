package org.appregistry.environments;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.appregistry.common.NotFoundException;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.stereotype.Component;

/**
 * The clients of an environment, as the sync stored them: a client exists in an environment only
 * while its record is there (docs/authorization-server.md). The one place the authorization server
 * reads records, so that a later removal or suspension is refused everywhere at once.
 */
@Component
class SyncedClients {

    private final EnvironmentRegistry registry;
    private final ObjectMapper json;

    SyncedClients(EnvironmentRegistry registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** The client in the environment of the current request's issuer. */
    Optional<SyncedClient> current(String clientId) {
        return currentEnvironment().flatMap(environment -> find(environment, clientId));
    }

    /** The environment whose issuer serves the current request. */
    static Optional<EnvironmentPath> currentEnvironment() {
        var context = AuthorizationServerContextHolder.getContext();
        return context == null ? Optional.empty() : EnvironmentPath.ofIssuer(context.getIssuer());
    }

    Optional<SyncedClient> find(EnvironmentPath environment, String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // UUID.fromString also reads short forms such as 1-2-3-4-5; a client ID is spelt in full
        if (!id.toString().equalsIgnoreCase(clientId)) {
            return Optional.empty();
        }
        try {
            return registry.find(environment.organizationId(), environment.environmentCode(), id)
                    .map(row -> parse(id, row.getRecord()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private SyncedClient parse(UUID id, String record) {
        try {
            SyncedClient client = json.readValue(record, SyncedClient.class);
            // the row's key is the client ID, whatever the record says
            return new SyncedClient(id, client.appName(), client.developer(), client.audience(), client.scopes(),
                    client.redirectUris(), client.dataUseQuestionnaire(), client.refreshTokens(), client.credentials(),
                    client.disabled());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored client record of " + id + " cannot be read", e);
        }
    }
}
