package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

class CertificateInspectorTest {

    private static final String FIELD = "production.certificate";

    private final CertificateInspector inspector = new CertificateInspector();

    @Test
    void readsAnRsaCertificateFromPem() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestCertificate cert = TestCertificates.rsa(2048).validFor(now.minusSeconds(60), now.plusSeconds(3600));

        InspectedCertificate inspected = inspector.inspect(FIELD, cert.pem(), now);

        assertThat(inspected.keyType()).isEqualTo("RSA-2048");
        assertThat(inspected.notBefore()).isEqualTo(now.minusSeconds(60));
        assertThat(inspected.notAfter()).isEqualTo(now.plusSeconds(3600));
        assertThat(inspected.subject()).isEqualTo(TestCertificates.SUBJECT);
        assertThat(inspected.sha256Fingerprint())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.der())));
        assertThat(inspected.publicKey().getEncoded()).isEqualTo(cert.keyPair().getPublic().getEncoded());
        assertThat(inspected.certificate().getEncoded()).isEqualTo(cert.der());
        assertThat(inspected.toString()).contains("RSA-2048", inspected.sha256Fingerprint()).hasSizeLessThan(300);
    }

    @Test
    void twoCertificatesOfOneKeyPairHaveOnePublicKeyFingerprint() throws Exception {
        TestCertificate first = TestCertificates.ec("secp384r1");
        TestCertificate reissued = TestCertificates.selfSigned(first.keyPair());
        Instant now = Instant.now();

        InspectedCertificate one = inspector.inspect(FIELD, first.pem(), now);
        InspectedCertificate other = inspector.inspect(FIELD, reissued.base64Der(), now);

        assertThat(one.sha256Fingerprint()).as("another file").isNotEqualTo(other.sha256Fingerprint());
        assertThat(one.publicKeyFingerprint()).as("the same key").isEqualTo(other.publicKeyFingerprint())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(first.keyPair().getPublic().getEncoded())));
        assertThat(CertificateInspector.publicKeyFingerprint(one.pem())).isEqualTo(one.publicKeyFingerprint());
        assertThat(inspector.inspect(FIELD, TestCertificates.ec("secp384r1").pem(), now).publicKeyFingerprint())
                .isNotEqualTo(one.publicKeyFingerprint());
    }

    @Test
    void writesTheCertificateAsPlainPemThatReadsBackTheSame() throws Exception {
        TestCertificate cert = TestCertificates.ec("secp256r1");

        InspectedCertificate inspected = inspector.inspect(FIELD, cert.pem(), Instant.now());

        assertThat(inspected.pem()).startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("\n-----END CERTIFICATE-----\n").doesNotContain("\r");
        assertThat(inspected.pem().lines()).isNotEmpty().allMatch(line -> line.length() <= 64);
        Certificate reread = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(inspected.pem().getBytes()));
        assertThat(reread.getEncoded()).isEqualTo(cert.der());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameCertificateWrittenDifferently")
    void acceptsPemAndBareBase64Der(String form, String upload, TestCertificate cert) {
        InspectedCertificate inspected = inspector.inspect(FIELD, upload, Instant.now());

        assertThat(inspected.certificate().getPublicKey().getEncoded())
                .isEqualTo(cert.keyPair().getPublic().getEncoded());
        assertThat(inspected.keyType()).isEqualTo("RSA-2048");
    }

    static Stream<Arguments> sameCertificateWrittenDifferently() {
        TestCertificate cert = TestCertificates.rsa(2048);
        String mimeLines = Base64.getMimeEncoder().encodeToString(cert.der());
        return Stream.of(
                arguments("PEM", cert.pem(), cert),
                arguments("PEM with CRLF and whitespace around it",
                        "\r\n  " + cert.pem().replace("\n", "\r\n") + "\t\n", cert),
                arguments("bare base64 DER on one line", cert.base64Der(), cert),
                arguments("bare base64 DER in lines of 76, with whitespace around it", "\n " + mimeLines + "\n", cert));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedKeys")
    void acceptsRsaFrom2048BitsAndTheCurvesP256AndP384(String keyType, TestCertificate cert) {
        assertThat(inspector.inspect(FIELD, cert.pem(), Instant.now()).keyType()).isEqualTo(keyType);
    }

    static Stream<Arguments> acceptedKeys() {
        return Stream.of(
                arguments("RSA-2048", TestCertificates.rsa(2048)),
                arguments("EC-P256", TestCertificates.ec("secp256r1")),
                arguments("EC-P384", TestCertificates.ec("secp384r1")));
    }

    @Test
    void isValidOnItsFirstAndLastSecond() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestCertificate cert = TestCertificates.ec("secp256r1");

        assertThat(inspector.inspect(FIELD, cert.validFor(now, now.plusSeconds(60)).pem(), now)).isNotNull();
        assertThat(inspector.inspect(FIELD, cert.validFor(now.minusSeconds(60), now).pem(), now)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCertificates")
    void refusesWithTheReason(String why, String upload, String reason) {
        assertThat(refusal(upload)).contains(reason);
    }

    static Stream<Arguments> refusedCertificates() {
        TestCertificate rsa = TestCertificates.rsa(2048);
        byte[] noise = new byte[600];
        new Random(42).nextBytes(noise);
        return Stream.of(
                arguments("expired", rsa.expired().pem(), "has expired"),
                arguments("not yet valid", rsa.notYetValid().pem(), "is not yet valid"),
                arguments("RSA-1024", TestCertificates.rsa(1024).pem(), "RSA key of 1024 bits; at least 2048"),
                arguments("secp256k1", TestCertificates.ec("secp256k1").pem(), "EC key on the curve secp256k1"),
                arguments("Ed25519", TestCertificates.ed25519().pem(), "key of type EdDSA"),
                arguments("base64 of noise", Base64.getEncoder().encodeToString(noise), "is not parsable"),
                arguments("PEM of noise", TestCertificates.pem("CERTIFICATE", noise), "is not parsable"),
                arguments("text", "This is my certificate!", "is not parsable"),
                arguments("PEM without its end line", rsa.pem().substring(0, rsa.pem().indexOf("-----END")),
                        "is not parsable"),
                arguments("PEM with broken base64", rsa.pem().replaceFirst("\n.", "\n!"), "is not parsable"),
                arguments("text before the PEM", "my cert:\n" + rsa.pem(), "is not parsable"),
                arguments("text after the PEM", rsa.pem() + "thanks", "is not parsable"),
                arguments("PEM on one line", rsa.pem().replace("\n", " "), "is not parsable"),
                arguments("two certificates", rsa.pem() + TestCertificates.ec("secp256r1").pem(),
                        "holds 2 certificates"),
                arguments("a bare public key",
                        TestCertificates.pem("PUBLIC KEY", rsa.keyPair().getPublic().getEncoded()),
                        "other than CERTIFICATE"),
                arguments("empty", "", "is required"),
                arguments("blank", " \n\t", "is required"));
    }

    @ParameterizedTest
    @NullSource
    void requiresAnUpload(String upload) {
        assertThat(refusal(upload)).isEqualTo("is required");
    }

    @Test
    void reportsExpiryAndAWeakKeyTogether() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> inspector.inspect(FIELD, TestCertificates.rsa(1024).expired().pem(), Instant.now()));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsOnly(FIELD);
        assertThat(refused.problems()).extracting(FieldProblem::message)
                .anyMatch(m -> m.contains("has expired")).anyMatch(m -> m.contains("1024 bits"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploadsWithAPrivateKey")
    void refusesAPrivateKeyWithoutRepeatingIt(String form, String upload, byte[] key) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> inspector.inspect(FIELD, upload, Instant.now()));

        assertThat(refused.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("private key must never be uploaded", "was not stored"));
        assertThat(refused.getCause()).isNull();
        String keyBase64 = Base64.getEncoder().encodeToString(key);
        for (String text : new String[] {refused.getMessage(), refused.toString(), refused.problems().toString()}) {
            for (int i = 0; i + 8 <= keyBase64.length(); i++) {
                assertThat(text).doesNotContain(keyBase64.substring(i, i + 8));
            }
        }
    }

    static Stream<Arguments> uploadsWithAPrivateKey() throws Exception {
        TestCertificate rsa = TestCertificates.rsa(2048);
        TestCertificate ec = TestCertificates.ec("secp256r1");
        byte[] pkcs8 = rsa.keyPair().getPrivate().getEncoded();
        byte[] pkcs1 = PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey().toASN1Primitive().getEncoded();
        byte[] sec1 = PrivateKeyInfo.getInstance(ec.keyPair().getPrivate().getEncoded()).parsePrivateKey()
                .toASN1Primitive().getEncoded();
        // the JDK's AES has no "PKCS7Padding", the name BouncyCastle asks for
        byte[] encrypted = new JcaPKCS8Generator(rsa.keyPair().getPrivate(),
                new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                        .setProvider(new BouncyCastleProvider()).setPassword("pw".toCharArray()).build())
                .generate().getContent();
        byte[] pkcs12 = pkcs12(rsa);
        Base64.Encoder base64 = Base64.getEncoder();
        String brokenPem = rsa.privateKeyPem().replaceFirst("\n.", "\n!");
        return Stream.of(
                arguments("certificate and PKCS#8 key", rsa.pem() + rsa.privateKeyPem(), pkcs8),
                arguments("PKCS#8 key and certificate", rsa.privateKeyPem() + rsa.pem(), pkcs8),
                arguments("PKCS#8 key alone", rsa.privateKeyPem(), pkcs8),
                arguments("PKCS#8 key in a broken PEM block", brokenPem, pkcs8),
                arguments("PKCS#1 RSA key", TestCertificates.pem("RSA PRIVATE KEY", pkcs1), pkcs1),
                arguments("SEC1 EC key", TestCertificates.pem("EC PRIVATE KEY", sec1), sec1),
                arguments("encrypted PKCS#8 key", TestCertificates.pem("ENCRYPTED PRIVATE KEY", encrypted), encrypted),
                arguments("PKCS#8 key labelled CERTIFICATE", TestCertificates.pem("CERTIFICATE", pkcs8), pkcs8),
                arguments("bare base64 PKCS#8 key", base64.encodeToString(pkcs8), pkcs8),
                arguments("bare base64 PKCS#1 RSA key", base64.encodeToString(pkcs1), pkcs1),
                arguments("bare base64 SEC1 EC key", Base64.getMimeEncoder().encodeToString(sec1), sec1),
                arguments("bare base64 encrypted PKCS#8 key", base64.encodeToString(encrypted), encrypted),
                arguments("bare base64 PKCS#12 key store", base64.encodeToString(pkcs12), pkcs12));
    }

    @Test
    void refusesAFiveMegabyteUploadBySizeBeforeParsingIt() {
        // thousands of certificates and a key at the end: any parsing would give another reason
        TestCertificate cert = TestCertificates.rsa(2048);
        String huge = cert.pem().repeat(5 * 1024 * 1024 / cert.pem().length()) + cert.privateKeyPem();

        String reason = assertTimeoutPreemptively(Duration.ofMillis(500), () -> refusal(huge));

        assertThat(reason).contains("larger than 64 KiB");
    }

    @Test
    void acceptsAnUploadOfExactly64KiB() {
        assertThat(inspector.inspect(FIELD, paddedTo(CertificateInspector.MAX_UPLOAD_CHARS), Instant.now()))
                .isNotNull();
    }

    @Test
    void refusesAnUploadOneCharacterLonger() {
        assertThat(refusal(paddedTo(CertificateInspector.MAX_UPLOAD_CHARS + 1))).contains("larger than 64 KiB");
    }

    private static String paddedTo(int length) {
        String pem = TestCertificates.ec("secp256r1").pem();
        return pem + "\n".repeat(length - pem.length());
    }

    private String refusal(String upload) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> inspector.inspect(FIELD, upload, Instant.now()));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).extracting(FieldProblem::field).containsOnly(FIELD);
        return refused.problems().get(0).message();
    }

    private static byte[] pkcs12(TestCertificate cert) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(cert.der()));
        store.setKeyEntry("app", cert.keyPair().getPrivate(), "pw".toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, "pw".toCharArray());
        return out.toByteArray();
    }
}
