package org.appregistry.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** Accounts people make for themselves or their colleagues (sign-up, self-service) need more. */
    static final int SELF_SERVED_MINIMUM_PASSWORD_LENGTH = 12;
    static final int MAXIMUM_PASSWORD_LENGTH = 128;
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9._@-]{2,64}");

    private final IdentityService identityService;

    public UserAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    public record NewUser(String userId, String password, String firstName, String lastName, String email) {

        /** Never shown: the password stays out of logs and error texts. */
        @Override
        public String toString() {
            return "NewUser[" + userId + "]";
        }
    }

    /** A person as their colleagues see them (never the password). */
    public record Person(String userId, String firstName, String lastName, String email) {
    }

    /**
     * Creates a user in the given groups; the groups must exist. Start-up accounts (operator,
     * demo users) go through {@link #ensureUser} instead and skip the password rule.
     */
    @Transactional
    public void create(NewUser newUser, Collection<String> groupIds) {
        create(newUser, groupIds, new Problems());
    }

    /**
     * Creates an account that a person made for themselves (sign-up) or a colleague: its password
     * must be 12 to 128 characters, must not contain the user id, and must not be one character
     * repeated. Checked with the other fields, so the caller learns every broken rule at once.
     */
    @Transactional
    public void createSelfServed(NewUser newUser, Collection<String> groupIds) {
        createSelfServed(newUser, groupIds, new Problems());
    }

    /** The same, with the broken rules of the caller's other fields, so that all are answered together. */
    @Transactional
    public void createSelfServed(NewUser newUser, Collection<String> groupIds, Problems others) {
        String password = newUser.password();
        if (password != null) {
            selfServedPasswordRule(newUser, password, others);
        }
        create(newUser, groupIds, others);
    }

    static void selfServedPasswordRule(NewUser newUser, String password, Problems problems) {
        if (password.length() < SELF_SERVED_MINIMUM_PASSWORD_LENGTH || password.length() > MAXIMUM_PASSWORD_LENGTH) {
            problems.add("password", "must be " + SELF_SERVED_MINIMUM_PASSWORD_LENGTH + " to "
                    + MAXIMUM_PASSWORD_LENGTH + " characters");
        } else if (newUser.userId() != null && !newUser.userId().isBlank()
                && password.toLowerCase(Locale.ROOT).contains(newUser.userId().toLowerCase(Locale.ROOT))) {
            problems.add("password", "must not contain the user id");
        } else if (password.chars().distinct().count() == 1) {
            problems.add("password", "must not be one character repeated");
        }
    }

    private void create(NewUser newUser, Collection<String> groupIds, Problems problems) {
        if (newUser.userId() == null || !USER_ID.matcher(newUser.userId()).matches()) {
            problems.add("userId", "must be 2 to 64 letters, digits, '.', '-', '_' or '@'");
        }
        boolean passwordJudged = problems.list().stream().anyMatch(p -> p.field().equals("password"));
        if (!passwordJudged && (newUser.password() == null || newUser.password().length() < MINIMUM_PASSWORD_LENGTH)) {
            problems.add("password", "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        problems.requireText("firstName", newUser.firstName(), 255).requireText("lastName", newUser.lastName(), 255);
        if (newUser.email() != null && !newUser.email().isBlank() && !newUser.email().contains("@")) {
            problems.add("email", "must be an e-mail address");
        }
        problems.throwIfAny();
        if (exists(newUser.userId())) {
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

    public boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    /** Adds the user to each group they are not in yet. */
    @Transactional
    public void join(String userId, Collection<String> groupIds) {
        for (String groupId : groupIds) {
            if (!isMember(userId, groupId)) {
                identityService.createMembership(userId, groupId);
            }
        }
    }

    /** Takes the user out of each group they are in. */
    @Transactional
    public void leave(String userId, Collection<String> groupIds) {
        for (String groupId : groupIds) {
            if (isMember(userId, groupId)) {
                identityService.deleteMembership(userId, groupId);
            }
        }
    }

    public boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    /** The account with its memberships and engine authorizations; its next request is refused. */
    @Transactional
    public void delete(String userId) {
        identityService.deleteUser(userId);
    }

    public Optional<Person> person(String userId) {
        return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
                .map(u -> new Person(u.getId(), u.getFirstName(), u.getLastName(), u.getEmail()));
    }

    /** The group's members, by user id. */
    public List<Person> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(u -> new Person(u.getId(), u.getFirstName(), u.getLastName(), u.getEmail())).toList();
    }

    public long countMembers(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).count();
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
