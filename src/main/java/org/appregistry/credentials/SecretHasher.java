package org.appregistry.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The two forms in which a client secret is kept; the plaintext is never stored, returned or
 * logged.
 * <ul>
 * <li>{@link #fingerprint}: HMAC-SHA256 under the server key. Equal secrets have equal
 * fingerprints, so uniqueness across environments and organisations is a plain comparison, yet
 * without the key nobody can test guesses against a fingerprint.</li>
 * <li>{@link #verifier}: a salted bcrypt hash an authorization server checks a presented secret
 * against ({@link #matches}); it is deliberately slow and cannot be compared for equality.</li>
 * </ul>
 */
public final class SecretHasher {

    /** bcrypt reads at most 72 bytes of its input. */
    public static final int MAX_SECRET_BYTES = 72;
    public static final int MIN_KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final int BCRYPT_STRENGTH = 10;

    private final SecretKeySpec key;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCRYPT_STRENGTH);

    /** @param serverKey at least 32 bytes (256 bits), kept by the operator, the same on every node */
    public SecretHasher(byte[] serverKey) {
        if (serverKey == null || serverKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the server key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(serverKey, HMAC);
    }

    /** HMAC-SHA256 of the secret's UTF-8 bytes, 64 lower-case hex digits. */
    public String fingerprint(String secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * A bcrypt hash (cost 10) of the secret, different on every call.
     *
     * @throws IllegalArgumentException when the secret is longer than 72 bytes, which
     *         {@link SecretRules} refuses first
     */
    public String verifier(String secret) {
        return bcrypt.encode(secret);
    }

    /** Whether the presented secret is the one the verifier was made from. */
    public boolean matches(String presented, String verifier) {
        // bcrypt ignores bytes after the 72nd: without this check, any longer string that starts
        // with the right secret would match (CVE-2025-22228)
        if (presented == null || verifier == null
                || presented.getBytes(StandardCharsets.UTF_8).length > MAX_SECRET_BYTES) {
            return false;
        }
        return bcrypt.matches(presented, verifier);
    }
}
