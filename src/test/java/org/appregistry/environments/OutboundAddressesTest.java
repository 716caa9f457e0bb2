package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Which addresses a JWK Set fetch may reach: public ones only (literal addresses, no lookups), by
 * the provisioning rule (PublicAddressesTest covers its blocks); plus the test-only allowance.
 */
class OutboundAddressesTest {

    final OutboundAddresses none = allowing();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.0.0.1", "172.16.5.4", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8", "198.18.0.1", "224.0.0.1",
        "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
        "::ffff:169.254.169.254", "::ffff:10.0.0.1", "ff02::1"})
    void internalAddressesAreRefused(String address) throws Exception {
        assertThat(none.permits(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1",
        "2606:4700::1111"})
    void publicAddressesArePermitted(String address) throws Exception {
        assertThat(none.permits(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void anAddressNamedInTheTestOnlySettingIsPermittedAndNoOther() throws Exception {
        OutboundAddresses tests = allowing("127.0.0.1", " ");

        assertThat(tests.permits(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(tests.permits(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(tests.permits(InetAddress.getByName("10.0.0.1"))).isFalse();
    }

    private static OutboundAddresses allowing(String... addresses) {
        return new OutboundAddresses(new EnvironmentSettings(null, new EnvironmentSettings.JwksFetch(List.of(addresses))));
    }
}
