package org.procrisk.gateway.proxy;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.procrisk.gateway.config.GatewayConfig;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One SmallRye Fault Tolerance circuit breaker per downstream service: after {@code failureThreshold}
 * transport failures in a row it opens and calls fail at once with {@code CircuitBreakerOpenException};
 * after {@code openFor} one probe may pass, and its outcome closes or reopens the circuit. A caller
 * hanging up completes its call with {@link CallerGone}, which the breaker counts as no failure, so a
 * cancelled probe can never leave the circuit half-open.
 */
@ApplicationScoped
public class CircuitBreakers {

    /** The caller went away before the service answered: no verdict on the service. */
    static final class CallerGone extends RuntimeException {
        CallerGone(Throwable cause) {
            super("caller went away", cause, false, false);
        }
    }

    private static final TypeLiteral<CompletionStage<ProxyResponse>> ANSWER = new TypeLiteral<>() {
    };

    private final Map<String, Guard> guards = new HashMap<>();
    private final long openForSeconds;

    public CircuitBreakers(GatewayConfig config, MeterRegistry registry) {
        this.openForSeconds = Math.max(1, (config.circuitBreaker().openFor().toMillis() + 999) / 1000);
        config.services().keySet().forEach(service -> {
            guards.put(service, Guard.create()
                    .withDescription("calls to " + service)
                    .withThreadOffload(false)
                    .withCircuitBreaker()
                    .name(breakerName(service))
                    .requestVolumeThreshold(config.circuitBreaker().failureThreshold())
                    .failureRatio(1.0)
                    .delay(config.circuitBreaker().openFor().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .skipOn(CallerGone.class)
                    .onStateChange(state -> Log.infof("Circuit to %s is %s", service, state))
                    .done()
                    .build());
            for (CircuitBreakerState state : CircuitBreakerState.values()) {
                Gauge.builder("procrisk.gateway.circuit.state", () -> state(service) == state ? 1 : 0)
                        .description("1 for the state the circuit to a service is in, 0 for the others")
                        .tags("service", service, "state", state.name())
                        .register(registry);
            }
        });
    }

    /** Runs a call to the service through its circuit; while open it fails at once, never calling. */
    public CompletionStage<ProxyResponse> call(String service, Supplier<CompletionStage<ProxyResponse>> call) {
        return guards.get(service).get(call, ANSWER);
    }

    /** How long callers should wait before retrying a service whose circuit is open. */
    public long retryAfterSeconds() {
        return openForSeconds;
    }

    public CircuitBreakerState state(String service) {
        return CircuitBreakerMaintenance.get().currentState(breakerName(service));
    }

    public Map<String, CircuitBreakerState> states() {
        Map<String, CircuitBreakerState> out = new TreeMap<>();
        guards.keySet().forEach(service -> out.put(service, state(service)));
        return out;
    }

    private static String breakerName(String service) {
        return "gateway-" + service;
    }
}
