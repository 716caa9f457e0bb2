package org.appregistry.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The installation's secret key ({@code registry.secrets.key}, base64, at least 32 bytes): it
 * keys the fingerprints that compare client secrets and derives the passwords of technical
 * accounts, so every node of a cluster must share it. Only the demo profile may start without
 * one ({@link StartUpRequirements}): a random key is made then, which suits its in-memory
 * database, gone with the process like the key.
 */
@Component
public class ServerKey {

    private static final Logger log = LoggerFactory.getLogger(ServerKey.class);
    private static final int MIN_BYTES = 32;

    private final byte[] key;

    public ServerKey(SecretSettings settings) {
        String configured = settings.key();
        if (configured == null || configured.isBlank()) {
            key = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(key);
            log.warn("registry.secrets.key is not set: a random key was made for this run (demo profile). Set it "
                    + "(base64, at least 32 bytes) when the database outlives the process or several nodes share it.");
        } else {
            key = Base64.getDecoder().decode(configured.trim());
            if (key.length < MIN_BYTES) {
                throw new IllegalStateException("registry.secrets.key must hold at least " + MIN_BYTES + " bytes");
            }
        }
    }

    public byte[] bytes() {
        return key.clone();
    }

    /** A password for a technical account, the same on every node that shares the key. */
    public String derivePassword(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("password:" + purpose).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
