package org.procrisk.gateway.proxy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.gateway.config.GatewayConfig;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;

/**
 * One HTTP client per downstream service, plain or TLS as its URL says, with the trust store its
 * configuration names (the JVM's default trust otherwise). Built at start-up, so an unsupported
 * scheme or an unreadable trust store stops the gateway with a message that names it.
 */
@Startup
@ApplicationScoped
public class Downstreams {

    /**
     * Where a service is, and the clients that reach it: one per event loop, so that a request and its
     * downstream exchange stay on the loop that read it. One shared client hands a loop's request to
     * a connection of another loop, and every write and answer then crosses threads.
     */
    public static final class Target {
        private final String host;
        private final int port;
        private final boolean ssl;
        private final SocketAddress address;
        private final ThreadLocal<HttpClient> clients;

        Target(String host, int port, boolean ssl, Vertx vertx, HttpClientOptions options) {
            this.host = host;
            this.port = port;
            this.ssl = ssl;
            // Resolved here once: without it the client parses the host into an address on every request.
            this.address = SocketAddress.inetSocketAddress(port, host);
            this.clients = ThreadLocal.withInitial(() -> vertx.createHttpClient(new HttpClientOptions(options)));
        }

        /** The calling thread's client. */
        public HttpClient client() {
            return clients.get();
        }

        public RequestOptions request() {
            return new RequestOptions().setServer(address).setHost(host).setPort(port).setSsl(ssl);
        }
    }

    /** Connections each event loop may hold to one service. */
    static final int POOL_PER_LOOP = 32;

    private final Map<String, Target> targets = new HashMap<>();

    public Downstreams(GatewayConfig config, Vertx vertx) {
        config.services().forEach((name, service) -> {
            URI url = parse(name, service.url());
            boolean ssl = url.getScheme().equalsIgnoreCase("https");
            HttpClientOptions options = new HttpClientOptions()
                    .setConnectTimeout((int) service.connectTimeout().toMillis())
                    .setKeepAlive(true)
                    .setMaxPoolSize(POOL_PER_LOOP);
            if (ssl) {
                options.setSsl(true).setVerifyHost(true);
                trust(name, service.trustStore(), service.trustStorePassword()).ifPresent(options::setTrustOptions);
            }
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            targets.put(name, new Target(url.getHost(), port, ssl, vertx, options));
        });
    }

    public Target target(String service) {
        return targets.get(service);
    }

    static URI parse(String service, String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gateway.services." + service + ".url is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalStateException("gateway.services." + service + ".url: scheme '" + scheme
                    + "' is not supported; use http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalStateException("gateway.services." + service + ".url has no host: " + url);
        }
        return uri;
    }

    /** A PEM file of certificates (.pem, .crt) or a PKCS#12 store (.p12, .pfx), read once to prove it usable. */
    static Optional<TrustOptions> trust(String service, Optional<String> file, Optional<String> password) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(file.get());
        String what = "gateway.services." + service + ".trust-store " + path;
        if (!Files.isReadable(path)) {
            throw new IllegalStateException(what + " cannot be read");
        }
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(path)) {
            if (lower.endsWith(".p12") || lower.endsWith(".pfx")) {
                KeyStore.getInstance("PKCS12").load(in, password.orElse("").toCharArray());
                return Optional.of(new PfxOptions().setPath(path.toString()).setPassword(password.orElse("")));
            }
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                throw new IllegalStateException(what + " holds no certificate");
            }
            return Optional.of(new PemTrustOptions().addCertPath(path.toString()));
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(what + " cannot be used: " + e.getMessage(), e);
        }
    }
}
