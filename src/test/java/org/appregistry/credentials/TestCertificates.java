package org.appregistry.credentials;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Fresh key pairs and self-signed certificates for tests, made with BouncyCastle. Every call
 * makes a new key pair. A certificate is valid from a day ago for a year unless
 * {@link TestCertificate#validFor}, {@link TestCertificate#expired()} or
 * {@link TestCertificate#notYetValid()} says otherwise.
 *
 * <pre>{@code
 * TestCertificate cert = TestCertificates.rsa(2048);
 * upload(cert.pem());                                     // or cert.base64Der()
 * new RSASSASigner(cert.keyPair().getPrivate());          // Nimbus, RS384 client assertions
 * TestCertificate ec = TestCertificates.ec("secp384r1");  // ES384:
 * new ECDSASigner((ECPrivateKey) ec.keyPair().getPrivate());
 * }</pre>
 */
public final class TestCertificates {

    /** The subject and issuer of every certificate made here. */
    public static final String SUBJECT = "CN=app-registry test";

    // the JDK has no secp256k1 since Java 16; BouncyCastle's provider makes and signs with it
    // (and signs every certificate), without being registered for the rest of the JVM
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCertificates() {
    }

    /** An RSA key of {@code bits} bits, such as 1024, 2048 or 4096. */
    public static TestCertificate rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return selfSigned(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC key on {@code curve}: {@code secp256r1} (P-256), {@code secp384r1} (P-384) or {@code secp256k1}. */
    public static TestCertificate ec(String curve) {
        try {
            KeyPairGenerator generator = "secp256k1".equals(curve)
                    ? KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE)
                    : KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return selfSigned(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 key: a key type the registry does not accept. */
    public static TestCertificate ed25519() {
        try {
            return selfSigned(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate for the key pair, valid from a day ago for a year. */
    public static TestCertificate selfSigned(KeyPair keyPair) {
        Instant now = Instant.now();
        return selfSigned(keyPair, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    /** A certificate for the key pair with this validity (X.509 keeps whole seconds). */
    public static TestCertificate selfSigned(KeyPair keyPair, Instant notBefore, Instant notAfter) {
        X500Name name = new X500Name(SUBJECT);
        try {
            X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM),
                    Date.from(notBefore.truncatedTo(ChronoUnit.SECONDS)),
                    Date.from(notAfter.truncatedTo(ChronoUnit.SECONDS)), name, keyPair.getPublic())
                    .build(new JcaContentSignerBuilder(signatureAlgorithm(keyPair)).setProvider(BOUNCY_CASTLE)
                            .build(keyPair.getPrivate()));
            byte[] der = certificate.getEncoded();
            return new TestCertificate(keyPair, pem("CERTIFICATE", der), Base64.getEncoder().encodeToString(der));
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One PEM block: {@code -----BEGIN type-----}, the DER in base64 lines of 64, {@code -----END type-----}. */
    public static String pem(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String signatureAlgorithm(KeyPair keyPair) {
        return switch (keyPair.getPublic().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA" -> "Ed25519";
            default -> throw new IllegalArgumentException("no signature algorithm for "
                    + keyPair.getPublic().getAlgorithm());
        };
    }
}
