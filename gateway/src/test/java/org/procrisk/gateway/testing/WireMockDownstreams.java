package org.procrisk.gateway.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Fake supplier-service and scoring-service on dynamic ports. Init args: {@code scoring=down} points
 * the scoring routes at a port nobody listens on; {@code supplierTimeout=500ms} shortens that service's timeout;
 * {@code supplierTls=true} serves supplier-service over https only.
 */
public class WireMockDownstreams implements QuarkusTestResourceLifecycleManager {

    private final Map<String, String> args = new HashMap<>();
    private WireMockServer supplier;
    private WireMockServer scoring;

    @Override
    public void init(Map<String, String> initArgs) {
        args.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        if ("true".equals(args.get("supplierTls"))) {
            // An https-only supplier-service whose certificate (CN=localhost) the gateway trusts from a PEM file.
            TestCertificates tls = TestCertificates.create(Path.of("target", "tls"));
            supplier = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort().gzipDisabled(true)
                    .keystorePath(tls.keystore().toString()).keystorePassword(TestCertificates.PASSWORD)
                    .keyManagerPassword(TestCertificates.PASSWORD).keystoreType("PKCS12"));
            supplier.start();
            config.put("gateway.services.supplier-service.url", "https://localhost:" + supplier.httpsPort());
            config.put("gateway.services.supplier-service.trust-store", tls.certificate().toString());
        } else {
            supplier = new WireMockServer(wireMockConfig().dynamicPort().gzipDisabled(true));
            supplier.start();
            config.put("gateway.services.supplier-service.url", supplier.baseUrl());
        }
        if ("down".equals(args.get("scoring"))) {
            config.put("gateway.services.scoring-service.url", "http://127.0.0.1:" + closedPort());
        } else {
            scoring = new WireMockServer(wireMockConfig().dynamicPort().gzipDisabled(true));
            scoring.start();
            config.put("gateway.services.scoring-service.url", scoring.baseUrl());
        }
        if (args.containsKey("circuitOpenFor")) {
            config.put("gateway.circuit-breaker.open-for", args.get("circuitOpenFor"));
            config.put("gateway.circuit-breaker.failure-threshold", "3");
        }
        if (args.containsKey("openapiRefresh")) {
            config.put("gateway.openapi-refresh", args.get("openapiRefresh"));
        }
        if (args.containsKey("supplierTimeout")) {
            config.put("gateway.services.supplier-service.request-timeout", args.get("supplierTimeout"));
        }
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(supplier,
                new TestInjector.AnnotatedAndMatchesType(Supplier.class, WireMockServer.class));
        testInjector.injectIntoFields(scoring,
                new TestInjector.AnnotatedAndMatchesType(Scoring.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (supplier != null) {
            supplier.stop();
        }
        if (scoring != null) {
            scoring.stop();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface Supplier {
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface Scoring {
    }
}
