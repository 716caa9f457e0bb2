package org.appregistry.environments;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who sign in at an organisation's environment to authorize apps (patients,
 * clinicians): accounts of that environment, with bcrypt password hashes. Not Camunda users:
 * they have no business with the programme's own tools.
 */
@Service
@Transactional
public class EnvironmentAccounts {

    private final EnvironmentAccountRepository accounts;
    private final EnvironmentRegistry registry;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
    /** A hash of a password nobody knows: an unknown username costs the same work as a wrong password. */
    private final String decoy = bcrypt.encode(UUID.randomUUID().toString());

    EnvironmentAccounts(EnvironmentAccountRepository accounts, EnvironmentRegistry registry) {
        this.accounts = accounts;
        this.registry = registry;
    }

    /** Creates the account unless the environment has one of that name (demo data, tests). */
    public void ensure(UUID organizationId, String environmentCode, String username, String password,
            String displayName, String fhirUser) {
        String code = registry.environment(organizationId, environmentCode).getCode();
        if (!accounts.existsById(new EnvironmentAccount.Key(organizationId, code, username))) {
            accounts.save(new EnvironmentAccount(organizationId, code, username, bcrypt.encode(password), displayName,
                    fhirUser));
        }
    }

    @Transactional(readOnly = true)
    Optional<EnvironmentAccount> signIn(EnvironmentPath environment, String username, String password) {
        Optional<EnvironmentAccount> account = find(environment, username);
        boolean matches = bcrypt.matches(password == null ? "" : password,
                account.map(EnvironmentAccount::getPasswordHash).orElse(decoy));
        return matches ? account : Optional.empty();
    }

    @Transactional(readOnly = true)
    Optional<EnvironmentAccount> byPrincipalName(String principalName) {
        return EnvironmentPath.ofPrincipalName(principalName)
                .flatMap(environment -> find(environment, principalName.substring(principalName.lastIndexOf('/') + 1)));
    }

    private Optional<EnvironmentAccount> find(EnvironmentPath environment, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findById(new EnvironmentAccount.Key(environment.organizationId(),
                environment.environmentCode(), username));
    }
}
