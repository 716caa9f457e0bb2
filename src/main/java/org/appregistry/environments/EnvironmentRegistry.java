package org.appregistry.environments;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.common.NotFoundException;
import org.appregistry.organizations.Environment;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The built-in environment registry: stands for each organisation's authorization server. */
@Service
@Transactional
public class EnvironmentRegistry {

    private final StoredClientRecordRepository clients;
    private final OrganizationService organizations;
    private final Clock clock;

    EnvironmentRegistry(StoredClientRecordRepository clients, OrganizationService organizations, Clock clock) {
        this.clock = clock;
        this.clients = clients;
        this.organizations = organizations;
    }

    /** Stores or replaces a client record; true when it was new. A second PUT of the same record is harmless. */
    public boolean store(UUID organizationId, String environmentCode, UUID clientId, String record) {
        Environment environment = environment(organizationId, environmentCode);
        Optional<StoredClientRecord> existing = clients.findById(
                new StoredClientRecord.Key(organizationId, environment.getCode(), clientId));
        existing.ifPresent(client -> client.replace(record, clock.instant()));
        if (existing.isEmpty()) {
            clients.save(new StoredClientRecord(organizationId, environment.getCode(), clientId, record,
                    clock.instant()));
        }
        return existing.isEmpty();
    }

    /** Deletes the client record; false when there was none (a second DELETE is harmless). */
    public boolean delete(UUID organizationId, String environmentCode, UUID clientId) {
        Environment environment = environment(organizationId, environmentCode);
        Optional<StoredClientRecord> existing = clients.findById(
                new StoredClientRecord.Key(organizationId, environment.getCode(), clientId));
        existing.ifPresent(clients::delete);
        return existing.isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<StoredClientRecord> find(UUID organizationId, String environmentCode, UUID clientId) {
        Environment environment = environment(organizationId, environmentCode);
        return clients.findById(new StoredClientRecord.Key(organizationId, environment.getCode(), clientId));
    }

    @Transactional(readOnly = true)
    public Environment environment(UUID organizationId, String environmentCode) {
        return organizations.organization(organizationId).getEnvironments().stream()
                .filter(e -> e.getCode().equalsIgnoreCase(environmentCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("environment not found"));
    }
}
