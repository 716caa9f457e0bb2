package org.appregistry.environments;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.appregistry.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client registry of an organisation's environment. The sync account (and operators) put
 * and delete client records; the organisation's members and the operators may read them, without the
 * secret's bcrypt verifier: whoever holds a verifier can try guesses against it offline, so only
 * the sync account, which sent it, reads it back.
 */
@RestController
@RequestMapping("/environments/{organizationId}/{environmentCode}/clients/{clientId}")
public class EnvironmentRegistryController {

    private final EnvironmentRegistry registry;
    private final AccessPolicy access;
    private final ObjectMapper json;

    EnvironmentRegistryController(EnvironmentRegistry registry, AccessPolicy access, ObjectMapper json) {
        this.registry = registry;
        this.access = access;
        this.json = json;
    }

    @Operation(summary = "Store a client record in a built-in environment",
            description = "The sync account pushes a client record (idempotent): 201 when new, 200 when replaced.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> put(@PathVariable UUID organizationId, @PathVariable String environmentCode,
            @PathVariable UUID clientId, @RequestBody JsonNode record) {
        requireSyncAccountOrOperator("Only the sync account puts client records.");
        if (!clientId.toString().equals(record.path("clientId").asText())) {
            throw new InvalidInputException("clientId", "must equal the client ID of the path");
        }
        boolean created = registry.store(organizationId, environmentCode, clientId, record.toString());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    @Operation(summary = "Delete a client record from a built-in environment",
            description = "The sync account removes a client record (the organisation removed the app, or its developer "
                    + "retired it): 204 when deleted, 404 when the environment holds none. From then on the token "
                    + "endpoint answers invalid_client for it.")
    @DeleteMapping
    public ResponseEntity<Void> delete(@PathVariable UUID organizationId, @PathVariable String environmentCode,
            @PathVariable UUID clientId) {
        requireSyncAccountOrOperator("Only the sync account deletes client records.");
        if (!registry.delete(organizationId, environmentCode, clientId)) {
            throw new NotFoundException("no client record for this client ID in this environment");
        }
        return ResponseEntity.noContent().build();
    }

    private void requireSyncAccountOrOperator(String refusal) {
        CurrentUser user = access.current();
        if (!user.groupIds().contains(Groups.ENVIRONMENT_SYNC) && !user.isOperator()) {
            throw new ForbiddenException(refusal);
        }
    }

    @Operation(summary = "Read a client record of a built-in environment",
            description = "The record as the environment holds it, for the organisation's members and operators "
                    + "(without the secret verifier).")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public String get(@PathVariable UUID organizationId, @PathVariable String environmentCode,
            @PathVariable UUID clientId) {
        CurrentUser user = access.current();
        boolean syncAccount = user.groupIds().contains(Groups.ENVIRONMENT_SYNC);
        if (!syncAccount && !user.isOperator()) {
            access.requireMemberOf(organizationId);
        }
        String record = registry.find(organizationId, environmentCode, clientId)
                .orElseThrow(() -> new NotFoundException("no client record for this client ID in this environment"))
                .getRecord();
        return syncAccount ? record : withoutVerifier(record);
    }

    private String withoutVerifier(String record) {
        try {
            JsonNode tree = json.readTree(record);
            // a list of credentials (sync.ClientRecord), or one object in records stored before
            JsonNode credentials = tree.path("credentials");
            for (JsonNode credential : credentials.isArray() ? credentials : List.of(credentials)) {
                if (credential instanceof ObjectNode object) {
                    object.remove("secretVerifier");
                }
            }
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored client record is not JSON", e);
        }
    }
}
