package org.appregistry.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.Problems;

/**
 * The JWK Set URL an authorization server fetches the app's public keys from: an absolute https
 * URL with a host, checked as given (not trimmed). A fragment is never sent to the server and
 * user-info would put a password into configuration, so both are refused. The host must be a
 * public one ({@link PublicAddresses}): the token endpoint fetches the URL whenever anyone asks
 * for a token in the client's name, and must not be made to reach into this server's network.
 */
public final class JwksUrlRules {

    public static final int MAX_LENGTH = 2000;
    private static final String NOT_HTTPS = "must be an absolute https URL with a host";

    private final PublicAddresses publicAddresses;

    public JwksUrlRules(PublicAddresses publicAddresses) {
        this.publicAddresses = publicAddresses;
    }

    public List<FieldProblem> check(String field, String url) {
        Problems problems = new Problems().requireText(field, url, MAX_LENGTH);
        if (!problems.isEmpty()) {
            return problems.list();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return problems.add(field, NOT_HTTPS).list();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isEmpty()) {
            problems.add(field, NOT_HTTPS);
        } else {
            publicAddresses.refusal(uri.getHost()).ifPresent(why ->
                    problems.add(field, "must point to a public internet address: " + why));
        }
        if (uri.getRawFragment() != null) {
            problems.add(field, "must not contain a fragment (#)");
        }
        if (uri.getRawUserInfo() != null) {
            problems.add(field, "must not contain a user name or password");
        }
        return problems.list();
    }
}
