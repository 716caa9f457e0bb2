package org.appregistry.credentials;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.appregistry.common.InvalidInputException;
import org.appregistry.common.Problems;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * Checks the public-key certificate a developer uploads (mode PUBLIC_KEY) and reads what the
 * registry keeps of it. The upload is a base64 X.509 certificate: PEM with exactly one
 * CERTIFICATE block, or bare base64 DER; whitespace around it and line breaks in the base64 are
 * fine, other text is not. The certificate only carries the public key, so neither its issuer
 * nor its signature matters.
 *
 * <p>Refused with a reason naming the check, in this order: larger than 64 KiB (before any
 * parsing); containing a private key in any form: a PEM block whose label holds
 * {@code PRIVATE KEY}, or DER that is a PKCS#8 (plain or encrypted), PKCS#1 RSA or SEC1 EC
 * private key or a PKCS#12 key store; not parsable; more than one certificate or another kind of
 * PEM block; then, all reported together: expired, not yet valid, RSA below 2048 bits, EC on a
 * curve other than P-256 or P-384, any other key type.
 *
 * <p>No message quotes the upload, no parser's exception is passed on (its text could), and
 * nothing here logs: a private key sent by mistake leaves no trace.
 */
public final class CertificateInspector {

    public static final int MAX_UPLOAD_CHARS = 64 * 1024;
    public static final int RSA_MIN_BITS = 2048;

    private static final String CERTIFICATE = "CERTIFICATE";
    private static final Pattern PRIVATE_KEY_LABEL =
            Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // the structures a private key travels in; a certificate is none of them
    private static final List<Function<Object, ?>> PRIVATE_KEY_FORMS = List.of(PrivateKeyInfo::getInstance,
            EncryptedPrivateKeyInfo::getInstance, RSAPrivateKey::getInstance, ECPrivateKey::getInstance,
            Pfx::getInstance);
    private static final Map<ASN1ObjectIdentifier, String> ACCEPTED_CURVES =
            Map.of(SECObjectIdentifiers.secp256r1, "P256", SECObjectIdentifiers.secp384r1, "P384");
    private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private static final String NOT_PARSABLE =
            "is not parsable as a base64 X.509 certificate (PEM or bare base64 DER)";
    private static final String PRIVATE_KEY = "contains a private key. A private key must never be uploaded; "
            + "this one was not stored. Upload only the certificate (-----BEGIN CERTIFICATE-----)";

    /**
     * @param field names the upload in the problems of the {@link InvalidInputException}
     * @param now   the instant the certificate must be valid at
     * @throws InvalidInputException when the upload breaks a rule
     */
    public InspectedCertificate inspect(String field, String upload, Instant now) {
        if (upload == null || upload.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (upload.length() > MAX_UPLOAD_CHARS) {
            throw new InvalidInputException(field, "is larger than 64 KiB; a certificate takes a few KiB");
        }
        // on the text, so that a key is refused as a key even when its PEM block is broken
        if (PRIVATE_KEY_LABEL.matcher(upload).find()) {
            throw new InvalidInputException(field, PRIVATE_KEY);
        }
        List<PemObject> blocks = blocks(field, upload.strip());
        if (blocks.stream().anyMatch(block -> isPrivateKey(block.getContent()))) {
            throw new InvalidInputException(field, PRIVATE_KEY);
        }
        if (blocks.stream().anyMatch(block -> !CERTIFICATE.equals(block.getType()))) {
            throw new InvalidInputException(field, "holds a PEM block other than CERTIFICATE, such as a bare "
                    + "PUBLIC KEY; upload the certificate");
        }
        if (blocks.size() > 1) {
            throw new InvalidInputException(field, "holds " + blocks.size() + " certificates; upload exactly one");
        }
        byte[] der = blocks.get(0).getContent();
        X509CertificateHolder holder;
        X509Certificate certificate;
        try {
            holder = new X509CertificateHolder(der);
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException(field, NOT_PARSABLE);
        }
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        Problems problems = new Problems();
        if (notAfter.isBefore(now)) {
            problems.add(field, "has expired: it was valid until " + notAfter);
        }
        if (notBefore.isAfter(now)) {
            problems.add(field, "is not yet valid: it is valid from " + notBefore);
        }
        String keyType = keyType(field, certificate.getPublicKey(),
                holder.getSubjectPublicKeyInfo().getAlgorithm().getParameters(), problems);
        problems.throwIfAny();
        return new InspectedCertificate(pem(der), sha256Hex(der), publicKeyFingerprint(holder), keyType, notBefore,
                notAfter, certificate.getSubjectX500Principal().getName(), certificate);
    }

    /**
     * SHA-256 of a stored certificate's SubjectPublicKeyInfo (for certificates kept before the
     * registry stored it).
     *
     * @throws IllegalArgumentException when the PEM is not one certificate
     */
    public static String publicKeyFingerprint(String pem) {
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            PemObject block = reader.readPemObject();
            if (block == null || !CERTIFICATE.equals(block.getType())) {
                throw new IllegalArgumentException("not a PEM certificate");
            }
            return publicKeyFingerprint(new X509CertificateHolder(block.getContent()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PEM certificate");
        }
    }

    /** The key, not the file: certificates re-issued for one key pair have one SubjectPublicKeyInfo. */
    private static String publicKeyFingerprint(X509CertificateHolder holder) {
        try {
            return sha256Hex(holder.getSubjectPublicKeyInfo().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("a parsed certificate's public key info encodes", e);
        }
    }

    /** The PEM blocks, or the bare DER as one CERTIFICATE block. */
    private static List<PemObject> blocks(String field, String upload) {
        if (!upload.startsWith("-----BEGIN ")) {
            try {
                byte[] der = Base64.getDecoder().decode(WHITESPACE.matcher(upload).replaceAll(""));
                return List.of(new PemObject(CERTIFICATE, der));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, NOT_PARSABLE);
            }
        }
        List<PemObject> blocks = new ArrayList<>();
        // PemReader skips text outside the blocks. Text before the first block made this bare
        // base64, text after the last is refused below, and text between two blocks goes with
        // them, as only one block is accepted.
        try (PemReader reader = new PemReader(new StringReader(upload))) {
            for (PemObject block = reader.readPemObject(); block != null; block = reader.readPemObject()) {
                blocks.add(block);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(field, NOT_PARSABLE);
        }
        if (blocks.isEmpty() || !upload.endsWith("-----")) {
            throw new InvalidInputException(field, NOT_PARSABLE);
        }
        return blocks;
    }

    private static boolean isPrivateKey(byte[] der) {
        ASN1Primitive structure;
        try {
            structure = ASN1Primitive.fromByteArray(der);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return PRIVATE_KEY_FORMS.stream().anyMatch(form -> parsesAs(form, structure));
    }

    private static boolean parsesAs(Function<Object, ?> form, ASN1Primitive structure) {
        try {
            form.apply(structure);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code RSA-2048}, {@code EC-P256}...; adds a problem when the key is not accepted. */
    private static String keyType(String field, PublicKey key, ASN1Encodable parameters, Problems problems) {
        switch (key.getAlgorithm()) {
            case "RSA" -> {
                int bits = ((RSAPublicKey) key).getModulus().bitLength();
                if (bits < RSA_MIN_BITS) {
                    problems.add(field, "has an RSA key of " + bits + " bits; at least " + RSA_MIN_BITS
                            + " are required");
                }
                return "RSA-" + bits;
            }
            case "EC" -> {
                String curve = curveName(parameters);
                if (!ACCEPTED_CURVES.containsValue(curve)) {
                    problems.add(field, "has an EC key on the curve " + curve + "; only P-256 and P-384 are accepted");
                }
                return "EC-" + curve;
            }
            default -> {
                problems.add(field, "has a key of type " + key.getAlgorithm() + "; only RSA keys of at least "
                        + RSA_MIN_BITS + " bits and EC keys on P-256 or P-384 are accepted");
                return key.getAlgorithm();
            }
        }
    }

    private static String curveName(ASN1Encodable parameters) {
        if (!(parameters instanceof ASN1ObjectIdentifier oid)) {
            return "given by explicit parameters";
        }
        String name = ACCEPTED_CURVES.getOrDefault(oid, ECNamedCurveTable.getName(oid));
        return name != null ? name : oid.getId();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + PEM_BASE64.encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    private static String sha256Hex(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
