package org.appregistry.identity;

import java.util.Collection;
import java.util.regex.Pattern;

import org.appregistry.common.ConflictException;
import org.appregistry.common.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and groups in Camunda's identity service, where Tasklist, Cockpit and /api all find them. */
@Service
public class UserAccounts {

    /** Letters, digits, dot, dash, underscore and @; Camunda's whitelist is set to match (application.yaml). */
    static final int MINIMUM_PASSWORD_LENGTH = 8;
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9._@-]{2,64}");

    private final IdentityService identityService;

    public UserAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    public record NewUser(String userId, String password, String firstName, String lastName, String email) {
    }

    /**
     * Creates a user in the given groups; the groups must exist. Start-up accounts (operator,
     * demo users) go through {@link #ensureUser} instead and skip the password rule.
     */
    @Transactional
    public void create(NewUser newUser, Collection<String> groupIds) {
        Problems problems = new Problems();
        if (newUser.userId() == null || !USER_ID.matcher(newUser.userId()).matches()) {
            problems.add("userId", "must be 2 to 64 letters, digits, '.', '-', '_' or '@'");
        }
        if (newUser.password() == null || newUser.password().length() < MINIMUM_PASSWORD_LENGTH) {
            problems.add("password", "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        problems.requireText("firstName", newUser.firstName(), 255).requireText("lastName", newUser.lastName(), 255);
        if (newUser.email() != null && !newUser.email().isBlank() && !newUser.email().contains("@")) {
            problems.add("email", "must be an e-mail address");
        }
        problems.throwIfAny();
        if (identityService.createUserQuery().userId(newUser.userId()).count() > 0) {
            throw new ConflictException("A user with id '" + newUser.userId() + "' already exists.");
        }
        User user = identityService.newUser(newUser.userId());
        user.setPassword(newUser.password());
        user.setFirstName(newUser.firstName());
        user.setLastName(newUser.lastName());
        user.setEmail(newUser.email());
        identityService.saveUser(user);
        groupIds.forEach(groupId -> identityService.createMembership(newUser.userId(), groupId));
    }

    /** Creates the group unless it exists. */
    @Transactional
    public void ensureGroup(String groupId, String name, String type) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Makes sure the user exists with this password and belongs to the groups. */
    @Transactional
    public void ensureUser(String userId, String password, String firstName, Collection<String> groupIds) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName("");
        }
        user.setPassword(password);
        identityService.saveUser(user);
        for (String groupId : groupIds) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        }
    }
}
