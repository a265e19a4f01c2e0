package org.procrisk.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Downstream services and the public route table. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Downstream services by name. */
    Map<String, Service> services();

    /** Public path prefixes and the service each one goes to; the longest matching prefix wins. */
    List<Route> routes();

    /** API keys as {@code name:role:sha256hex[:ratePerSecond:burst]}; from a Secret in production. */
    Optional<List<String>> apiKeys();

    /**
     * The URL under which callers reach the gateway, e.g. {@code https://procrisk.example.com}; wins over
     * everything else when the services build absolute URLs (Location, Link).
     */
    Optional<String> publicBaseUrl();

    /** Addresses or CIDRs of fronts (load balancers, ingress) whose Forwarded/X-Forwarded-* headers count. */
    Optional<List<String>> trustedProxies();

    /** Whether the published demo keys may be configured (PROCRISK_DEMO=true; run-stack only). */
    @WithDefault("false")
    boolean demo();

    /** Sent downstream as X-Internal-Token; services refuse /api requests without it when they know one. */
    Optional<String> internalToken();

    RateLimit rateLimit();

    /** How often the services' OpenAPI documents are fetched again, so a redeployed service's changes show. */
    @WithDefault("30s")
    Duration openapiRefresh();

    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {
        /** Transport failures in a row (refused, timed out, cut) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 before letting one probe through. */
        @WithDefault("10s")
        Duration openFor();
    }

    /** Largest request body accepted by default; routes may raise it (0 = no limit, for streams). */
    @WithDefault("10M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    interface RateLimit {
        @WithDefault("50")
        double perSecond();

        @WithDefault("100")
        int burst();
    }

    interface Service {
        /** Base URL, e.g. {@code http://supplier-service:8081}; {@code https://} for TLS. */
        String url();

        /** For an https URL: a PEM file of certificates or a PKCS#12 store to trust instead of the JVM's. */
        Optional<String> trustStore();

        /** Password of a PKCS#12 trust store. */
        Optional<String> trustStorePassword();

        @WithDefault("1s")
        Duration connectTimeout();

        /** Longest silence allowed while waiting for or reading the answer. */
        @WithDefault("10s")
        Duration requestTimeout();
    }

    interface Route {
        /** Literal path prefix; matches the prefix itself and anything after it that starts with '/' or ':'. */
        String prefix();

        /** Name of a service in {@link #services()}. */
        String service();

        /** Overrides the service's request timeout, e.g. for streaming batch routes. */
        Optional<Duration> timeout();

        /** Role needed for GET and HEAD. */
        @WithDefault("reader")
        String readRole();

        /** Role needed for every other method. */
        @WithDefault("editor")
        String writeRole();

        /** Overrides the default body limit; 0 means no limit (streamed routes). */
        Optional<io.quarkus.runtime.configuration.MemorySize> maxBodySize();
    }
}
