package org.appregistry.support;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** A client assertion as a SMART Backend Services client makes it (RS384 by default); tests change one thing each. */
public final class ClientAssertion {

    private static final SecureRandom RANDOM = new SecureRandom();


    private JWSAlgorithm alg = JWSAlgorithm.RS384;
    private String kid;
    private String issuer;
    private String subject;
    private String audience;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(4));
    private KeyPair key;

    public ClientAssertion(UUID clientId, String tokenUrl) {
        this.issuer = clientId.toString();
        this.subject = issuer;
        this.audience = tokenUrl;
    }

    public ClientAssertion alg(JWSAlgorithm value) {
        alg = value;
        return this;
    }

    public ClientAssertion kid(String value) {
        kid = value;
        return this;
    }

    public ClientAssertion subject(String value) {
        subject = value;
        return this;
    }

    public ClientAssertion audience(String value) {
        audience = value;
        return this;
    }

    public ClientAssertion expiresAt(Instant value) {
        expiresAt = value;
        return this;
    }

    public ClientAssertion key(KeyPair value) {
        key = value;
        return this;
    }

    public String signedWith(KeyPair value) {
        return key(value).sign();
    }

    public String sign() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString())
                .issueTime(new Date()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private JWSSigner signer() throws JOSEException {
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            return new MACSigner(secret);
        }
        return key.getPrivate() instanceof ECPrivateKey ec ? new ECDSASigner(ec)
                : new RSASSASigner(key.getPrivate());
    }
}
