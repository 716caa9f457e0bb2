package org.appregistry.credentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.Problems;

/**
 * The JWK Set URL an authorization server fetches the app's public keys from: an absolute https
 * URL with a host, checked as given (not trimmed). A fragment is never sent to the server and
 * user-info would put a password into configuration, so both are refused.
 */
public final class JwksUrlRules {

    public static final int MAX_LENGTH = 2000;
    private static final String NOT_HTTPS = "must be an absolute https URL with a host";

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
