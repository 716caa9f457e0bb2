package org.appregistry.identity;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Camunda groups that carry who-belongs-where; the only place their ids are spelled. The
 * models' candidate groups come from the records' own expression beans, which spell them here.
 */
public final class Groups {

    public static final String OPERATORS = "operators";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Every developer of every vendor: Tasklist access, may start appRegistration. */
    public static final String DEVELOPERS = "developers";
    /** Every member of every organisation: Tasklist access. */
    public static final String MEMBERS = "members";
    /** Every purchaser of every organisation: may start downloadRequest. */
    public static final String PURCHASERS = "purchasers";
    /** The technical account that pushes client records into the built-in environment registry. */
    public static final String ENVIRONMENT_SYNC = "environment-sync";

    private static final Pattern VENDOR = Pattern.compile("vendor-([0-9a-f-]{36})");
    private static final Pattern ORG_MEMBERS = Pattern.compile("org-([0-9a-f-]{36})-members");

    private Groups() {
    }

    public static String vendorDevelopers(UUID vendorId) {
        return "vendor-" + vendorId;
    }

    public static String organizationMembers(UUID organizationId) {
        return "org-" + organizationId + "-members";
    }

    public static String organizationPurchasers(UUID organizationId) {
        return "org-" + organizationId + "-purchasers";
    }

    /** The organisation's security administrators: they add and remove its members and grant the purchase right. */
    public static String organizationSecurityAdministrators(UUID organizationId) {
        return "org-" + organizationId + "-security-admins";
    }

    static Optional<UUID> vendorOf(String groupId) {
        return idIn(VENDOR, groupId);
    }

    static Optional<UUID> organizationOfMember(String groupId) {
        return idIn(ORG_MEMBERS, groupId);
    }

    private static Optional<UUID> idIn(Pattern pattern, String groupId) {
        Matcher m = pattern.matcher(groupId);
        return m.matches() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
    }
}
