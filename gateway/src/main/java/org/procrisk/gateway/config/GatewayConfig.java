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

    interface Service {
        /** Base URL, e.g. {@code http://supplier-service:8081}. */
        String url();

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
    }
}
