package org.appregistry.environments;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.appregistry.common.ServerKey;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.stereotype.Component;

/**
 * The key each environment signs its tokens with (ES256), published at its {@code jwks_uri}.
 * Every environment has its own, derived from the server key ({@code registry.secrets.key}) and
 * the issuer: an EC private key is a number below the curve's order, here an HMAC of the issuer
 * under the server key. So every node of a cluster signs with the same key without storing one,
 * and a new server key means new signing keys (tokens signed before no longer verify).
 */
@Component
class EnvironmentSigningKeys implements JWKSource<SecurityContext> {

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

    private final byte[] serverKey;
    private final Map<String, ECKey> keys = new ConcurrentHashMap<>();

    EnvironmentSigningKeys(ServerKey serverKey) {
        this.serverKey = serverKey.bytes();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        var server = AuthorizationServerContextHolder.getContext();
        if (server == null || EnvironmentPath.ofIssuer(server.getIssuer()).isEmpty()) {
            return List.of();
        }
        return selector.select(new com.nimbusds.jose.jwk.JWKSet(keyOf(server.getIssuer())));
    }

    ECKey keyOf(String issuer) {
        return keys.computeIfAbsent(issuer, this::derive);
    }

    private ECKey derive(String issuer) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverKey, "HmacSHA256"));
            byte[] seed = mac.doFinal(("environment signing key:" + issuer).getBytes(StandardCharsets.UTF_8));
            BigInteger order = P256.getN();
            BigInteger d = new BigInteger(1, seed).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            var q = P256.getG().multiply(d).normalize();
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(
                    new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), spec));
            ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(new ECPrivateKeySpec(d, spec));
            return new ECKey.Builder(Curve.P_256, publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).keyIDFromThumbprint().build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot derive the signing key of " + issuer, e);
        }
    }
}
