package org.procrisk.gateway.metrics;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators ask of the one public entry: requests by route, status and API key name (never the
 * key), and how long each downstream service takes to answer. Both as histograms, so p99 per route
 * or per service can be read at /q/metrics.
 */
@ApplicationScoped
public class GatewayMetrics {

    static final String REQUESTS = "procrisk.gateway.requests";
    static final String DOWNSTREAM = "procrisk.gateway.downstream";

    private final MeterRegistry registry;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void request(String route, String keyName, int status, long nanos) {
        Timer.builder(REQUESTS)
                .description("Requests through the gateway by route, status and API key name")
                .tags("route", route, "status", Integer.toString(status), "key", keyName)
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    /** {@code outcome}: the downstream status code, or the problem status the gateway made of a failure. */
    public void downstream(String service, int outcome, long nanos) {
        Timer.builder(DOWNSTREAM)
                .description("Time for a downstream service to answer, by service and status")
                .tags("service", service, "status", Integer.toString(outcome))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }
}
