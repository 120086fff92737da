package com.videopipeline.provider;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Names the non-public ranges a download must not reach unless allowed, so a provider-supplied URL cannot be used to
 * read this machine, the local network or a cloud metadata endpoint (169.254.169.254).
 */
final class PrivateAddresses {

    /** {@code 64:ff9b::/96}: NAT64 gateways translate it to the embedded IPv4 address. */
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    /** {@code ::/96}: the deprecated IPv4-compatible form, which some stacks still route to the IPv4 address. */
    private static final byte[] COMPATIBLE_PREFIX = new byte[12];

    private PrivateAddresses() {
    }

    /** Why the address is not public, e.g. {@code loopback}; empty for a public address. */
    static Optional<String> kind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("any-local");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("site-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? ipv4(b) : ipv6(b);
    }

    /** Ranges InetAddress has no predicate for; 10/8, 172.16/12 and 192.168/16 are its site-local. */
    private static Optional<String> ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            // Linux connects 0.0.0.0/8 to the local host
            return Optional.of("this-network");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("carrier-grade NAT");
        }
        if (first >= 240) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    /** Unique-local fc00::/7, and IPv4 addresses carried inside IPv6 (IPv4-mapped ones arrive as Inet4Address). */
    private static Optional<String> ipv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        byte[] prefix = Arrays.copyOf(b, 12);
        if (Arrays.equals(prefix, NAT64_PREFIX) || Arrays.equals(prefix, COMPATIBLE_PREFIX)) {
            try {
                InetAddress embedded = InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
                return kind(embedded).map(kind -> kind + ", embedded IPv4 " + embedded.getHostAddress());
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        return Optional.empty();
    }
}
