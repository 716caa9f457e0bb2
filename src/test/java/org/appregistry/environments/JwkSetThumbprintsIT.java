package org.appregistry.environments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.appregistry.credentials.JwkSetKeys;
import org.appregistry.credentials.TestCertificate;
import org.appregistry.credentials.TestCertificates;
import org.appregistry.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What provisioning compares of a JWK Set URL: the RFC 7638 thumbprints of the keys it serves,
 * fetched as the token endpoint fetches them; nothing when it cannot be fetched (yet).
 */
class JwkSetThumbprintsIT extends IntegrationTest {

    static WireMockServer server;

    @Autowired
    JwkSetKeys keys;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theKeysOfASetAreTheirRfc7638ThumbprintsAndAnUnreachableSetHasNone() throws Exception {
        TestCertificate rsa = TestCertificates.rsa(2048);
        TestCertificate ec = TestCertificates.ec("secp384r1");
        RSAKey rsaKey = new RSAKey.Builder((RSAPublicKey) rsa.keyPair().getPublic()).keyID("one").build();
        ECKey ecKey = new ECKey.Builder(Curve.P_384, (ECPublicKey) ec.keyPair().getPublic()).keyID("two").build();
        server.stubFor(get(urlEqualTo("/set.json")).willReturn(okJson(new JWKSet(List.of(rsaKey, ecKey)).toString())));
        server.stubFor(get(urlEqualTo("/broken.json")).willReturn(aResponse().withStatus(500)));

        String rsaThumbprint = rsaKey.computeThumbprint().toString();
        String ecThumbprint = ecKey.computeThumbprint().toString();
        assertThat(keys.thumbprints(server.baseUrl() + "/set.json")).hasValueSatisfying(thumbprints ->
                assertThat(thumbprints).containsExactlyInAnyOrder(rsaThumbprint, ecThumbprint));
        // the kid is not part of the thumbprint: the same key under another kid is the same key
        assertThat(new RSAKey.Builder(rsaKey).keyID("renamed").build().computeThumbprint())
                .isEqualTo(rsaKey.computeThumbprint());
        assertThat(keys.thumbprints(server.baseUrl() + "/broken.json")).isEmpty();
        assertThat(keys.thumbprints("https://10.0.0.1/internal.json")).as("internal addresses stay refused").isEmpty();
    }
}
