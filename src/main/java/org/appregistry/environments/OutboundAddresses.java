package org.appregistry.environments;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which addresses the authorization server may connect to when it fetches a client's JWK Set:
 * public ones only. A JWK Set URL comes from a developer, and anyone can make the server fetch it
 * by sending an assertion in the client's name; without this check it would reach the loopback,
 * private networks, link-local addresses (cloud metadata at 169.254.169.254) and the like.
 * Checked on the addresses the connection actually uses ({@link JwkSetSources}), so a name that
 * resolves differently the second time gains nothing.
 *
 * <p>One small piece on purpose, so that a shared address check can take its place.
 * {@code registry.environments.jwks-fetch.allowed-addresses} names addresses that are allowed
 * regardless: for tests that serve JWK Sets on 127.0.0.1 only, never for a deployment.
 */
@Component
class OutboundAddresses {

    private final Set<InetAddress> allowed;

    OutboundAddresses(@Value("${registry.environments.jwks-fetch.allowed-addresses:}") List<String> allowed) {
        this.allowed = allowed.stream().filter(a -> !a.isBlank()).map(OutboundAddresses::literal)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean permits(InetAddress address) {
        return allowed.contains(address) || isPublic(address);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local fc00::/7; IPv4-mapped (::ffff:a.b.c.d) and the like are judged as IPv4
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff && allZero(b, 0, 10);
            if (mapped || allZero(b, 0, 12)) {
                return isPublic(ipv4(b[12], b[13], b[14], b[15]));
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this" network
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT 100.64.0.0/10
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // benchmarking 198.18.0.0/15
                && first < 224; // multicast and reserved, broadcast
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return Inet4Address.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    private static InetAddress literal(String address) {
        try {
            // a literal address is not looked up
            return InetAddress.getByName(address.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        }
    }
}
