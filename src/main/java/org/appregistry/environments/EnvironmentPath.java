package org.appregistry.environments;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's environment as it appears in a path of the built-in registry,
 * {@code /environments/{organizationId}/{environmentCode}/…}: each environment is an issuer of its
 * own, and its path is how a request, an issuer and a client's id name it.
 */
record EnvironmentPath(UUID organizationId, String environmentCode) {

    private static final Pattern PATH = Pattern.compile(
            "^/environments/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/([^/]+)(/.*)?$");

    /** The environment a request path is under, if any. */
    static Optional<EnvironmentPath> ofPath(String path) {
        Matcher matcher = PATH.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new EnvironmentPath(UUID.fromString(matcher.group(1)), matcher.group(2)));
    }

    /** The environment an issuer ({@code https://host/environments/{org}/{env}}) stands for. */
    static Optional<EnvironmentPath> ofIssuer(String issuer) {
        try {
            return issuer == null ? Optional.empty() : ofPath(URI.create(issuer).getPath());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id of a client in Spring Authorization Server: one per environment, as its record is. */
    String registeredClientId(UUID clientId) {
        return organizationId + "/" + environmentCode + "/" + clientId;
    }

    /** The environment of a registered client's id made by {@link #registeredClientId}. */
    static Optional<EnvironmentPath> ofRegisteredClientId(String id) {
        return ofPath("/environments/" + id);
    }

    /** The name of a person signed in at this environment, {@code {org}/{env}/{username}}. */
    String principalName(String username) {
        return organizationId + "/" + environmentCode + "/" + username;
    }

    /** The environment and username of a principal name made by {@link #principalName}. */
    static Optional<EnvironmentPath> ofPrincipalName(String name) {
        return ofPath("/environments/" + name);
    }

    /** The path of this environment's issuer, {@code /environments/{org}/{env}}. */
    String path() {
        return "/environments/" + organizationId + "/" + environmentCode;
    }
}
