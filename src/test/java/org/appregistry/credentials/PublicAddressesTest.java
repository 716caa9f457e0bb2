package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses count as public, at the edges of each special-purpose block. */
class PublicAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, this network",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "100.64.0.1, shared",
        "100.127.255.255, shared",
        "127.0.0.1, loopback",
        "127.255.0.9, loopback",
        "169.254.169.254, link-local",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.0.0.8, special-purpose",
        "192.0.2.1, documentation",
        "192.168.1.1, private",
        "198.18.0.1, special-purpose",
        "198.51.100.7, documentation",
        "203.0.113.9, documentation",
        "224.0.0.1, multicast",
        "255.255.255.255, reserved",
        "::, unspecified",
        "::1, loopback",
        "fd00::1, unique local",
        "fe80::1, link-local",
        "fec0::1, site-local",
        "ff02::1, multicast",
        "2001:db8::1, documentation",
        "2001:0:4136:e378::1, special-purpose",
        "2002:7f00:1::1, 6to4",
        "64:ff9b::a9fe:a9fe, not a global unicast address",
        "::127.0.0.1, not a global unicast address",
        "::ffff:127.0.0.1, loopback",
        "::ffff:a9fe:a9fe, link-local"
    })
    void refusesEveryNonPublicBlockNamingItsKind(String literal, String kind) throws UnknownHostException {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(literal))).hasValueSatisfying(
                why -> assertThat(why).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "126.255.255.255", "128.0.0.0", "172.15.255.255", "172.32.0.0", "192.167.255.255", "192.169.0.0",
        "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"})
    void acceptsPublicAddressesRightBesideTheBlocks(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.refusal(InetAddress.getByName(literal))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "0x7f000001", "0x7f.0.0.1", "127.1", "0177.0.0.1", "127.000.000.001",
        "1.2.3.4.5"})
    void refusesIpv4AddressesInUnusualNotations(String host) {
        assertThat(new PublicAddresses(unresolvable()).refusal(host)).hasValueSatisfying(
                why -> assertThat(why).contains("unusual notation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST.", "api.localhost", "printer.local", "metadata.google.internal",
        "router.home.arpa", "localhost.localdomain", "metadata"})
    void refusesNamesForLocalUseWithoutLookingThemUp(String host) {
        assertThat(new PublicAddresses(unresolvable()).refusal(host)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "rebind.example.net, 169.254.169.254",
        "intranet.example.net, 10.1.2.3",
        "mixed.example.net, 10.1.2.3",
        "six.example.net, ::1"
    })
    void refusesANameThatResolvesToANonPublicAddress(String host, String address) throws UnknownHostException {
        Map<String, String[]> dns = Map.of(
                "rebind.example.net", new String[] {"169.254.169.254"},
                "intranet.example.net", new String[] {"10.1.2.3"},
                "mixed.example.net", new String[] {"93.184.215.14", "10.1.2.3"},
                "six.example.net", new String[] {"::1"});
        PublicAddresses addresses = new PublicAddresses(name -> {
            String[] found = dns.get(name);
            InetAddress[] resolved = new InetAddress[found.length];
            for (int i = 0; i < found.length; i++) {
                resolved[i] = InetAddress.getByName(found[i]);
            }
            return resolved;
        });

        String expected = "resolves to " + InetAddress.getByName(address).getHostAddress();
        assertThat(addresses.refusal(host)).hasValueSatisfying(why -> assertThat(why).contains(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"keys.example.com", "[2606:4700:4700::1111]", "93.184.215.14"})
    void acceptsPublicHostsAndNamesThatDoNotResolveYet(String host) {
        assertThat(new PublicAddresses(unresolvable()).refusal(host)).isEmpty();
    }

    private static PublicAddresses.Resolver unresolvable() {
        return name -> {
            throw new UnknownHostException(name);
        };
    }
}
