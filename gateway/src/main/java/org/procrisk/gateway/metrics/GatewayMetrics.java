package org.procrisk.gateway.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.vertx.core.http.HttpMethod;

/**
 * What operators ask of the one public entry: requests by route, status and API key name (never the
 * key), and how long each downstream service takes to answer. Both as histograms, so p99 per route
 * or per service can be read at /q/metrics.
 * <p>
 * The {@code /api} requests are also recorded here as {@code http.server.requests}, the meter the
 * dashboard and alerts read for every service, with the route as {@code uri}. Micrometer's HTTP binder
 * leaves them alone (application.properties): it tagged them with the raw path, one series per part
 * or order id until its limit of 100 URIs, after which requests to new paths were not counted at all.
 */
@Singleton
public class GatewayMetrics {

    static final String REQUESTS = "procrisk.gateway.requests";
    static final String DOWNSTREAM = "procrisk.gateway.downstream";
    static final String SERVER_REQUESTS = "http.server.requests";
    /** The status recorded for a request whose caller hung up before the answer went out (nginx's 499). */
    public static final int CALLER_GONE = 499;
    /** The route of a request that matched none; the name Micrometer's conventions give to a 404's {@code uri}. */
    public static final String NO_ROUTE = "NOT_FOUND";
    /** The route of a request refused for its path (dot segments), matched against none. */
    public static final String REFUSED_PATH = "UNKNOWN";
    private static final Set<HttpMethod> KNOWN_METHODS = Set.copyOf(HttpMethod.values());

    private final MeterRegistry registry;
    // Building and registering a Timer on every request (tags sorted, id hashed, registry looked up)
    // cost more than recording into it; the set of routes, methods, statuses and key names is small.
    private final Map<RequestKey, RequestTimers> requests = new ConcurrentHashMap<>();
    private final Map<DownstreamKey, Timer> downstream = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void request(String route, String method, String keyName, int status, long nanos) {
        RequestTimers timers = requests.computeIfAbsent(new RequestKey(route, method, keyName, status), this::timers);
        timers.server().record(nanos, TimeUnit.NANOSECONDS);
        timers.byKey().record(nanos, TimeUnit.NANOSECONDS);
    }

    private RequestTimers timers(RequestKey k) {
        boolean gone = k.status() == CALLER_GONE;
        Timer server = Timer.builder(SERVER_REQUESTS)
                .description("HTTP server request processing time")
                // The binder's names for a caller that reset the exchange before the answer.
                .tags("method", k.method(), "uri", k.route(), "status", gone ? "RESET" : Integer.toString(k.status()),
                        "outcome", gone ? Outcome.CLIENT_ERROR.name() : Outcome.forStatus(k.status()).name())
                .register(registry);
        Timer byKey = Timer.builder(REQUESTS)
                .description("Requests through the gateway by route, status and API key name")
                .tags("route", k.route(), "status", Integer.toString(k.status()), "key", k.keyName())
                .publishPercentileHistogram()
                .register(registry);
        return new RequestTimers(server, byKey);
    }

    /** The method's name, or UNKNOWN for one of a caller's own: each new tag value would be a meter kept for good. */
    public static String methodName(HttpMethod method) {
        return KNOWN_METHODS.contains(method) ? method.name() : "UNKNOWN";
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

    private record RequestKey(String route, String method, String keyName, int status) {
    }

    private record RequestTimers(Timer server, Timer byKey) {
    }

    private record DownstreamKey(String service, int status) {
    }
}
