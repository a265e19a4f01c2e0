package org.procrisk.gateway.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators ask of the one public entry: requests by route, status and API key name (never the
 * key), and how long each downstream service takes to answer. Both as histograms, so p99 per route
 * or per service can be read at /q/metrics.
 */
@Singleton
public class GatewayMetrics {

    static final String REQUESTS = "procrisk.gateway.requests";
    static final String DOWNSTREAM = "procrisk.gateway.downstream";
    /** The status recorded for a request whose caller hung up before the answer went out (nginx's 499). */
    public static final int CALLER_GONE = 499;

    private final MeterRegistry registry;
    // Building and registering a Timer on every request (tags sorted, id hashed, registry looked up)
    // cost more than recording into it; the set of routes, statuses and key names is small.
    private final Map<RequestKey, Timer> requests = new ConcurrentHashMap<>();
    private final Map<DownstreamKey, Timer> downstream = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void request(String route, String keyName, int status, long nanos) {
        requests.computeIfAbsent(new RequestKey(route, keyName, status), k -> Timer.builder(REQUESTS)
                        .description("Requests through the gateway by route, status and API key name")
                        .tags("route", k.route(), "status", Integer.toString(k.status()), "key", k.keyName())
                        .publishPercentileHistogram()
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** {@code outcome}: the downstream status code, or the problem status the gateway made of a failure. */
    public void downstream(String service, int outcome, long nanos) {
        downstream.computeIfAbsent(new DownstreamKey(service, outcome), k -> Timer.builder(DOWNSTREAM)
                        .description("Time for a downstream service to answer, by service and status")
                        .tags("service", k.service(), "status", Integer.toString(k.status()))
                        .publishPercentileHistogram()
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private record RequestKey(String route, String keyName, int status) {
    }

    private record DownstreamKey(String service, int status) {
    }
}
