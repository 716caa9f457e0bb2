package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.appregistry.common.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, medium: a JWK Set URL could point at this server's own network, and the token endpoint
 * fetched it on an anonymous request. Provisioning now refuses it, naming the field and the rule.
 */
class JwksUrlAddressTest {

    /** internal.example.net stands for a name whose DNS answer is an internal address. */
    private final JwksUrlRules rules = new JwksUrlRules(new PublicAddresses(host -> host.equals("internal.example.net")
            ? new InetAddress[] {InetAddress.getByName("10.0.0.5")}
            : new InetAddress[] {InetAddress.getByName("93.184.215.14")}));

    @ParameterizedTest
    @ValueSource(strings = {
        "https://127.0.0.1/jwks.json",
        "https://127.0.0.1:8443/jwks.json",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.1/jwks.json",
        "https://172.16.5.4/jwks.json",
        "https://192.168.0.10/jwks.json",
        "https://0.0.0.0/jwks.json",
        "https://[::1]/jwks.json",
        "https://[::ffff:127.0.0.1]/jwks.json",
        "https://[fe80::1]/jwks.json",
        "https://[fd12:3456::1]/jwks.json",
        "https://2130706433/jwks.json",
        "https://localhost/jwks.json",
        "https://metadata.google.internal/computeMetadata/v1/",
        "https://internal.example.net/jwks.json"
    })
    void refusesAUrlThatPointsIntoThisServersNetwork(String url) {
        List<FieldProblem> problems = rules.check("production.jwksUrl", url);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo("production.jwksUrl");
        assertThat(problems.get(0).message()).startsWith("must point to a public internet address: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://keys.example.com/jwks.json", "https://93.184.215.14/jwks.json",
        "https://[2606:4700:4700::1111]/jwks.json"})
    void acceptsAPublicHost(String url) {
        assertThat(rules.check("jwksUrl", url)).isEmpty();
    }
}
