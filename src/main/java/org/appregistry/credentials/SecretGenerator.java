package org.appregistry.credentials;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Client secrets the registry generates (mode GENERATE): 256 bits from one {@link SecureRandom},
 * written as base64url without padding, 43 characters. That alphabet needs no escaping in a
 * form, a header or a URL, and 43 characters meet {@link SecretRules} by length alone.
 * Thread-safe.
 */
public final class SecretGenerator {

    private static final int BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    public String generate() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
