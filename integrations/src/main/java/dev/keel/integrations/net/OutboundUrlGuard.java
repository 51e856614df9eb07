package dev.keel.integrations.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses user-supplied URLs that would make Keel call into its own network (SSRF): only http and https; never
 * link-local (169.254/16, fe80::/10, where cloud metadata lives), the metadata host names, 0.0.0.0/8 or ::, or
 * multicast; private, loopback, CGNAT and unique-local addresses only when {@code allowPrivateNetworks}. The host
 * is resolved and every address checked. A resolution can change between this check and the call (DNS
 * rebinding); callers that need more pin the address.
 */
public final class OutboundUrlGuard {
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "metadata.goog", "instance-data", "instance-data.ec2.internal");

    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateNetworks;
    private final Resolver resolver;

    public OutboundUrlGuard(boolean allowPrivateNetworks) {
        this(allowPrivateNetworks, InetAddress::getAllByName);
    }

    public OutboundUrlGuard(boolean allowPrivateNetworks, Resolver resolver) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    /** Throws {@link RefusedUrlException} (its message says why, for a 4xx detail) unless the URL may be called. */
    public URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new RefusedUrlException("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("only http and https URLs are allowed");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            throw new RefusedUrlException("the URL needs a host (and no user info)");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (METADATA_HOSTS.contains(lower)) {
            throw new RefusedUrlException("cloud metadata hosts are not allowed");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("the host " + bare + " does not resolve");
        }
        for (InetAddress address : addresses) {
            checkAddress(address);
        }
        return uri;
    }

    private void checkAddress(InetAddress a) {
        byte[] b = a.getAddress();
        boolean unspecified = a.isAnyLocalAddress() || (a instanceof Inet4Address && b[0] == 0);
        if (unspecified || a.isLinkLocalAddress() || a.isMulticastAddress()) {
            throw new RefusedUrlException("link-local, unspecified and multicast addresses are not allowed ("
                    + a.getHostAddress() + ")");
        }
        if (a instanceof Inet6Address && isMappedV4(b)) {
            try {
                checkAddress(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException e) {
                throw new RefusedUrlException("invalid address");
            }
            return;
        }
        if (!allowPrivateNetworks && isPrivate(a, b)) {
            throw new RefusedUrlException("private and loopback addresses are not allowed (" + a.getHostAddress()
                    + "); an administrator can allow them with KEEL_STUDIO_ALLOW_PRIVATE_NETWORKS");
        }
    }

    private static boolean isPrivate(InetAddress a, byte[] b) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress()) {
            return true;
        }
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19));
        }
        return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
