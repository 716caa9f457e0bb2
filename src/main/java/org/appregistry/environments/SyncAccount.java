package org.appregistry.environments;

import java.util.List;
import java.util.Set;

import org.appregistry.common.ServerKey;
import org.appregistry.identity.Groups;
import org.appregistry.identity.TechnicalAccount;
import org.appregistry.identity.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The technical account the sync signs in with when it pushes to the built-in environment
 * registry. Its password is derived from the server key, so every node knows it and no one
 * has to type it; it is never sent to a registry of another host. As a {@link TechnicalAccount}
 * it is checked against that password, not by the engine's lock-out, so no one can lock it.
 */
@Component
@Order(1)
public class SyncAccount implements ApplicationRunner, TechnicalAccount {

    public static final String USER_ID = "environment-sync";

    private final UserAccounts accounts;
    private final String password;

    SyncAccount(UserAccounts accounts, ServerKey serverKey) {
        this.accounts = accounts;
        this.password = serverKey.derivePassword(USER_ID);
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureGroup(Groups.ENVIRONMENT_SYNC, "Environment sync accounts", "SYSTEM");
        accounts.ensureUser(USER_ID, password, "Environment sync", List.copyOf(groupIds()));
    }

    @Override
    public String userId() {
        return USER_ID;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public Set<String> groupIds() {
        return Set.of(Groups.ENVIRONMENT_SYNC);
    }
}
