package org.procrisk.gateway.proxy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.procrisk.gateway.config.GatewayConfig;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * The scheme, host and path prefix under which callers reach the gateway. The services receive it as
 * {@code X-Forwarded-Proto/Host/Prefix}, always set here and never passed on from the caller, so the
 * {@code Location} and {@code Link} URLs they answer with name the gateway, not themselves.
 * <p>
 * In order: {@code gateway.public-base-url} when set; the {@code Forwarded} or {@code X-Forwarded-*}
 * headers of a peer in {@code gateway.trusted-proxies}; otherwise the scheme and {@code Host} this
 * request arrived with.
 */
@Singleton
public class PublicOrigin {

    /** What the services are told. {@code prefix} is empty or starts with '/' and has no trailing '/'. */
    public record Origin(String proto, String host, String prefix) {
    }

    private static final Pattern PREFIX = Pattern.compile("(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*");

    private final Optional<Origin> configured;
    private final List<IpSubnetFilterRule> trusted;

    public PublicOrigin(GatewayConfig config) {
        this.configured = config.publicBaseUrl().map(PublicOrigin::parseBase);
        this.trusted = parseTrusted(config.trustedProxies().orElse(List.of()));
    }

    /** The origin of this request, or empty when its own Host is not a host name (answer 400). */
    public Optional<Origin> of(HttpServerRequest request) {
        if (configured.isPresent()) {
            return configured;
        }
        String proto = request.isSSL() ? "https" : "http";
        String host = request.getHeader("Host");
        String prefix = "";
        if (isTrusted(request)) {
            MultiMap h = request.headers();
            String forwarded = h.get("Forwarded");
            String fProto = forwarded == null ? null : forwardedParameter(forwarded, "proto");
            String fHost = forwarded == null ? null : forwardedParameter(forwarded, "host");
            proto = first(fProto, firstListItem(h.get("X-Forwarded-Proto")), proto).toLowerCase(Locale.ROOT);
            host = first(fHost, firstListItem(h.get("X-Forwarded-Host")), host);
            prefix = normalisePrefix(first(firstListItem(h.get("X-Forwarded-Prefix")), "", ""));
        }
        if (host == null || !HostNames.isHost(host) || !(proto.equals("http") || proto.equals("https"))
                || prefix == null) {
            return Optional.empty();
        }
        return Optional.of(new Origin(proto, host, prefix));
    }

    /** Replaces whatever forwarding headers the caller sent with the gateway's own account. */
    public void forward(HttpServerRequest request, Origin origin, MultiMap headers) {
        String remote = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String forwardedFor = isTrusted(request) ? headers.get("X-Forwarded-For") : null;
        headers.remove("Forwarded");
        headers.remove("X-Forwarded-Port");
        headers.set("X-Forwarded-For", forwardedFor == null ? remote : forwardedFor + ", " + remote);
        headers.set("X-Forwarded-Proto", origin.proto());
        headers.set("X-Forwarded-Host", origin.host());
        if (origin.prefix().isEmpty()) {
            headers.remove("X-Forwarded-Prefix");
        } else {
            headers.set("X-Forwarded-Prefix", origin.prefix());
        }
    }

    boolean isTrusted(HttpServerRequest request) {
        if (trusted.isEmpty() || request.remoteAddress() == null || request.remoteAddress().hostAddress() == null) {
            return false;
        }
        InetSocketAddress peer = new InetSocketAddress(request.remoteAddress().hostAddress(), request.remoteAddress().port());
        return trusted.stream().anyMatch(rule -> rule.matches(peer));
    }

    static Origin parseBase(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gateway.public-base-url is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String prefix = normalisePrefix(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                || !HostNames.isHost(uri.getRawAuthority()) || prefix == null || uri.getRawQuery() != null) {
            throw new IllegalStateException("gateway.public-base-url must be http(s)://host[:port][/prefix], got " + url);
        }
        return new Origin(scheme, uri.getRawAuthority(), prefix);
    }

    static List<IpSubnetFilterRule> parseTrusted(List<String> specs) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String spec : specs) {
            String s = spec.trim();
            if (s.isEmpty()) {
                continue;
            }
            int slash = s.indexOf('/');
            String address = slash < 0 ? s : s.substring(0, slash);
            try {
                int bits = slash < 0 ? (address.contains(":") ? 128 : 32) : Integer.parseInt(s.substring(slash + 1));
                rules.add(new IpSubnetFilterRule(address, bits, IpFilterRuleType.ACCEPT));
            } catch (RuntimeException e) {
                throw new IllegalStateException("gateway.trusted-proxies: '" + s + "' is not an address or CIDR", e);
            }
        }
        return List.copyOf(rules);
    }

    /** A parameter of the first element of an RFC 7239 {@code Forwarded} header, unquoted. */
    static String forwardedParameter(String header, String name) {
        String firstElement = header.split(",", 2)[0];
        for (String pair : firstElement.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String value = pair.substring(eq + 1).trim();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static String normalisePrefix(String raw) {
        String p = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        return PREFIX.matcher(p).matches() ? p : null;
    }

    private static String firstListItem(String header) {
        return header == null ? null : header.split(",", 2)[0].trim();
    }

    private static String first(String a, String b, String c) {
        return a != null && !a.isEmpty() ? a : b != null && !b.isEmpty() ? b : c;
    }
}
