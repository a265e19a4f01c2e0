package org.procrisk.supplier.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may go: https on public addresses only, checked on the addresses the name resolves to
 * when a subscription is made and again before every attempt (a name may resolve elsewhere later).
 * Configuration may allow http and loopback receivers (tests, a local stack).
 */
@ApplicationScoped
public class ReceiverUrls {

    private final boolean allowHttp;
    private final boolean allowLoopback;
    private final boolean allowPrivate;

    public ReceiverUrls(@ConfigProperty(name = "supplier.webhooks.allow-http", defaultValue = "false") boolean allowHttp,
                        @ConfigProperty(name = "supplier.webhooks.allow-loopback", defaultValue = "false") boolean allowLoopback,
                        @ConfigProperty(name = "supplier.webhooks.allow-private", defaultValue = "false") boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** Null when the URL may receive webhooks, else why not. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !(allowHttp && "http".equalsIgnoreCase(uri.getScheme()))) {
            return "must be an https URL";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must name a host, with no user info and no fragment";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "names a host that does not resolve";
        }
        for (InetAddress a : addresses) {
            String why = refusal(a);
            if (why != null) {
                return "resolves to " + a.getHostAddress() + ", " + why;
            }
        }
        return null;
    }

    String refusal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
        byte[] b = a.getAddress();
        boolean sharedOrBenchmark = b.length == 4 && ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64
                || (b[0] & 0xff) == 198 && (b[1] & 0xfe) == 18);
        if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()) {
            return "a link-local, wildcard or multicast address";
        }
        if (a.isSiteLocalAddress() || uniqueLocal || sharedOrBenchmark) {
            return allowPrivate ? null : "a private address";
        }
        return null;
    }
}
