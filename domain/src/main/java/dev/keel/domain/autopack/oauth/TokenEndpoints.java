package dev.keel.domain.autopack.oauth;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Which token endpoints Keel calls: http(s) URLs whose host is public unless private ones are allowed. */
public final class TokenEndpoints {
    private TokenEndpoints() {
    }

    /** Null when acceptable, else why not. Resolves the host, so call it again right before each call. */
    public static String problem(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "token_endpoint is not a valid URL";
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            return "token_endpoint must be an http(s) URL with a host";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return "token_endpoint resolves to a private address";
                }
            }
        } catch (UnknownHostException e) {
            return "token_endpoint host does not resolve";
        }
        return null;
    }
}
