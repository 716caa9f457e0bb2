package org.appregistry.credentials;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * An uploaded certificate that passed {@link CertificateInspector}: what the registry stores and
 * shows, and the certificate itself, whose public key checks the signatures of client assertions.
 *
 * @param pem               the certificate as PEM: one CERTIFICATE block, 64-character lines, {@code \n}
 * @param sha256Fingerprint SHA-256 of the DER, 64 lower-case hex digits: identifies the file
 * @param publicKeyFingerprint SHA-256 of the DER of its SubjectPublicKeyInfo, 64 lower-case hex digits:
 *                          identifies the key, for uniqueness (two certificates of one key pair are one key)
 * @param keyType           {@code RSA-<bits>} (such as {@code RSA-2048}), {@code EC-P256} or {@code EC-P384}
 * @param subject           the subject's distinguished name (RFC 2253)
 */
public record InspectedCertificate(String pem, String sha256Fingerprint, String publicKeyFingerprint, String keyType,
        Instant notBefore, Instant notAfter, String subject, X509Certificate certificate) {

    /** For a JWS verifier, e.g. Nimbus' {@code RSASSAVerifier} or {@code ECDSAVerifier}. */
    public PublicKey publicKey() {
        return certificate.getPublicKey();
    }

    /** Without the certificate, whose own text runs to pages. */
    @Override
    public String toString() {
        return "InspectedCertificate[" + keyType + ", " + subject + ", SHA-256 " + sha256Fingerprint
                + ", key SHA-256 " + publicKeyFingerprint + ", valid " + notBefore + " to " + notAfter + "]";
    }
}
