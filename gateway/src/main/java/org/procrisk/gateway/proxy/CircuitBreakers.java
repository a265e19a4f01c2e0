package org.procrisk.gateway.proxy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import org.procrisk.gateway.config.GatewayConfig;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * One circuit breaker per downstream service (Resilience4j): after {@code failureThreshold} transport
 * failures in a row it opens and calls are refused at once; after {@code openFor} one probe may pass, and
 * its outcome closes or reopens the circuit. An exchange that ends with no verdict on the service (the
 * caller hung up, or sent more than the route takes) gives its permission back, so a cancelled probe can
 * never leave the circuit half-open.
 *
 * <p>Permission is taken and outcomes reported on the event loop, with no future and no thread hop:
 * an asynchronous guard around each exchange cost a fifth of the gateway's CPU per request.
 */
@Singleton
public class CircuitBreakers {

    /** The states the health check and the metrics report. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** A service's breaker and the state last logged for it. */
    private record Circuit(String service, CircuitBreaker breaker, AtomicReference<State> logged) {

        /** Logs the state once after each change; only the calls below change it. */
        void noticed() {
            State now = state(breaker.getState());
            State before = logged.get();
            if (now != before && logged.compareAndSet(before, now)) {
                Log.infof("Circuit to %s is %s", service, now);
            }
        }
    }

    private final Map<String, Circuit> circuits = new HashMap<>();
    private final long openForSeconds;

    public CircuitBreakers(GatewayConfig config, MeterRegistry registry) {
        this.openForSeconds = Math.max(1, (config.circuitBreaker().openFor().toMillis() + 999) / 1000);
        int threshold = config.circuitBreaker().failureThreshold();
        CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(threshold)
                .minimumNumberOfCalls(threshold)
                .failureRateThreshold(100)
                .waitDurationInOpenState(Duration.ofMillis(config.circuitBreaker().openFor().toMillis()))
                .permittedNumberOfCallsInHalfOpenState(1)
                .writableStackTraceEnabled(false)
                .build();
        config.services().keySet().forEach(service -> {
            // No consumer on the breaker's event publisher: with one, Resilience4j builds and dispatches an
            // event, with its time stamp, for every call's outcome. Transitions are logged by noticed().
            circuits.put(service, new Circuit(service, CircuitBreaker.of("gateway-" + service, breakerConfig),
                    new AtomicReference<>(State.CLOSED)));
            for (State state : State.values()) {
                Gauge.builder("procrisk.gateway.circuit.state", () -> state(service) == state ? 1 : 0)
                        .description("1 for the state the circuit to a service is in, 0 for the others")
                        .tags("service", service, "state", state.name())
                        .register(registry);
            }
        });
    }

    /** Whether a call to the service may go now; every true is followed by exactly one report below. */
    public boolean tryAcquire(String service) {
        Circuit circuit = circuits.get(service);
        boolean permitted = circuit.breaker().tryAcquirePermission();
        circuit.noticed();
        return permitted;
    }

    public void succeeded(String service, long nanos) {
        Circuit circuit = circuits.get(service);
        circuit.breaker().onSuccess(nanos, TimeUnit.NANOSECONDS);
        circuit.noticed();
    }

    public void failed(String service, long nanos, Throwable failure) {
        Circuit circuit = circuits.get(service);
        circuit.breaker().onError(nanos, TimeUnit.NANOSECONDS, failure);
        circuit.noticed();
    }

    /** The exchange ended with no verdict on the service: its permission goes back. */
    public void released(String service) {
        Circuit circuit = circuits.get(service);
        circuit.breaker().releasePermission();
        circuit.noticed();
    }

    /** How long callers should wait before retrying a service whose circuit is open. */
    public long retryAfterSeconds() {
        return openForSeconds;
    }

    public State state(String service) {
        return state(circuits.get(service).breaker().getState());
    }

    public Map<String, State> states() {
        Map<String, State> out = new TreeMap<>();
        circuits.keySet().forEach(service -> out.put(service, state(service)));
        return out;
    }

    private static State state(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED, DISABLED, METRICS_ONLY -> State.CLOSED;
            case HALF_OPEN -> State.HALF_OPEN;
            default -> State.OPEN;
        };
    }
}
