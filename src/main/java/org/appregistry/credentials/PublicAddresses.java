package org.appregistry.credentials;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a host is somewhere on the public internet, so that a URL given by a developer (a JWK
 * Set URL) cannot make this server reach into its own network: loopback, private and shared
 * ranges, link-local (169.254.169.254 is the cloud metadata service), multicast, documentation
 * and other special-purpose blocks of IANA's registries, in IPv4 and IPv6, as literals or as
 * names that resolve to them. Plain Java, for provisioning ({@link JwksUrlRules}) and for
 * whatever fetches such a URL later, which must check the address it actually connects to,
 * since a name may resolve elsewhere by then.
 */
public final class PublicAddresses {

    /** Looks a host name up: the system's resolver in production, a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private record Block(byte[] prefix, int bits, String kind) {

        static Block of(String literal, int bits, String kind) {
            try {
                return new Block(InetAddress.getByName(literal).getAddress(), bits, kind);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> BLOCKS = List.of(
            Block.of("0.0.0.0", 8, "a \"this network\" address"),
            Block.of("10.0.0.0", 8, "a private address"),
            Block.of("100.64.0.0", 10, "a shared (carrier-grade NAT) address"),
            Block.of("127.0.0.0", 8, "a loopback address"),
            Block.of("169.254.0.0", 16, "a link-local address"),
            Block.of("172.16.0.0", 12, "a private address"),
            Block.of("192.0.0.0", 24, "a special-purpose address"),
            Block.of("192.0.2.0", 24, "a documentation address"),
            Block.of("192.88.99.0", 24, "a special-purpose address"),
            Block.of("192.168.0.0", 16, "a private address"),
            Block.of("198.18.0.0", 15, "a special-purpose address"),
            Block.of("198.51.100.0", 24, "a documentation address"),
            Block.of("203.0.113.0", 24, "a documentation address"),
            Block.of("224.0.0.0", 4, "a multicast address"),
            Block.of("240.0.0.0", 4, "a reserved address"),
            Block.of("::", 128, "the unspecified address"),
            Block.of("::1", 128, "a loopback address"),
            Block.of("fc00::", 7, "a private (unique local) address"),
            Block.of("fe80::", 10, "a link-local address"),
            Block.of("fec0::", 10, "a private (site-local) address"),
            Block.of("ff00::", 8, "a multicast address"),
            Block.of("2001::", 23, "a special-purpose address"),
            Block.of("2001:db8::", 32, "a documentation address"),
            Block.of("2002::", 16, "a 6to4 address"),
            Block.of("3fff::", 20, "a documentation address"));
    /** Global unicast: every other IPv6 address (IPv4-mapped and NAT64 included) is refused. */
    private static final Block GLOBAL_UNICAST = Block.of("2000::", 3, "global unicast");

    /** A label of digits or hex digits: the host is meant as an IPv4 address. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern DOTTED_DECIMAL =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-f:.]+");
    /** Names reserved for local use (RFC 6761, 6762, 8375; ICANN's .internal). */
    private static final List<String> LOCAL_NAMES = List.of("localhost", "local", "internal", "home.arpa",
            "localdomain");

    private final Resolver resolver;

    public PublicAddresses(Resolver resolver) {
        this.resolver = resolver;
    }

    /** With the system's resolver. */
    public static PublicAddresses system() {
        return new PublicAddresses(InetAddress::getAllByName);
    }

    /**
     * Why the host (as in a URL: a name, a dotted IPv4 address or a bracketed IPv6 address) is not
     * a public one, as "… is a loopback address"; empty when it is. A name that does not resolve
     * now is not refused: it may be published later, and the fetch checks again.
     */
    public Optional<String> refusal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            return literal(name.substring(1, name.length() - 1));
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String lastLabel = name.substring(name.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(lastLabel).matches()) {
            return DOTTED_DECIMAL.matcher(name).matches()
                    ? literal(name)
                    : Optional.of(host + " is an IP address in an unusual notation; write it as four decimal numbers");
        }
        if (!name.contains(".")) {
            return Optional.of(host + " is not a fully qualified domain name");
        }
        for (String local : LOCAL_NAMES) {
            if (name.equals(local) || name.endsWith("." + local)) {
                return Optional.of(host + " is a name for local use");
            }
        }
        try {
            for (InetAddress address : resolver.resolve(name)) {
                Optional<String> kind = refusal(address);
                if (kind.isPresent()) {
                    return Optional.of(host + " resolves to " + address.getHostAddress() + ", " + kind.get());
                }
            }
        } catch (UnknownHostException notYet) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** What kind of non-public address this is, as "a loopback address"; empty for a public one. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : BLOCKS) {
            if (block.contains(bytes)) {
                return Optional.of(block.kind());
            }
        }
        if (address instanceof Inet6Address && !GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of("not a global unicast address");
        }
        return Optional.empty();
    }

    private static Optional<String> literal(String text) {
        if (!IP_LITERAL.matcher(text).matches()) {
            return Optional.of(text + " is not an IP address");
        }
        try {
            // digits, dots and colons only: parsed, never looked up
            return refusal(InetAddress.getByName(text)).map(kind -> text + " is " + kind);
        } catch (UnknownHostException e) {
            return Optional.of(text + " is not an IP address");
        }
    }
}
