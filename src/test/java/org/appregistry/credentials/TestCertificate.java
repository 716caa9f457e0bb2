package org.appregistry.credentials;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A key pair and a self-signed certificate for it, made by {@link TestCertificates}.
 *
 * @param pem       the certificate as one PEM CERTIFICATE block
 * @param base64Der the certificate's DER in base64, on one line
 */
public record TestCertificate(KeyPair keyPair, String pem, String base64Der) {

    /** The certificate's DER, what its SHA-256 fingerprint is taken of. */
    public byte[] der() {
        return Base64.getDecoder().decode(base64Der);
    }

    /** The private key as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPem() {
        return TestCertificates.pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    /** A new certificate for the same key pair, valid in this interval. */
    public TestCertificate validFor(Instant notBefore, Instant notAfter) {
        return TestCertificates.selfSigned(keyPair, notBefore, notAfter);
    }

    /** The same key pair, certified for a month that ended yesterday. */
    public TestCertificate expired() {
        Instant now = Instant.now();
        return validFor(now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(1)));
    }

    /** The same key pair, certified from tomorrow for a year. */
    public TestCertificate notYetValid() {
        Instant now = Instant.now();
        return validFor(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(366)));
    }
}
