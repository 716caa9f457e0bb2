package org.appregistry.environments;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.stream.Collectors;

import org.appregistry.credentials.PublicAddresses;
import org.springframework.stereotype.Component;

/**
 * Which addresses the authorization server may connect to when it fetches a client's JWK Set:
 * public ones only, by the same rule as provisioning ({@link PublicAddresses}). A JWK Set URL
 * comes from a developer, and anyone can make the server fetch it by sending an assertion in the
 * client's name; without this check it would reach the loopback, private networks, link-local
 * addresses (cloud metadata at 169.254.169.254) and the like. Checked on the addresses the
 * connection actually uses ({@link JwkSetSources}), so a name that resolves differently the
 * second time gains nothing.
 *
 * <p>{@code registry.environments.jwks-fetch.allowed-addresses} names addresses that are allowed
 * regardless: for tests that serve JWK Sets on 127.0.0.1 only, never for a deployment.
 */
@Component
class OutboundAddresses {

    private final Set<InetAddress> allowed;

    OutboundAddresses(EnvironmentSettings settings) {
        this.allowed = settings.jwksFetch().allowedAddresses().stream().map(OutboundAddresses::literal)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean permits(InetAddress address) {
        return allowed.contains(address) || PublicAddresses.refusal(address).isEmpty();
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
