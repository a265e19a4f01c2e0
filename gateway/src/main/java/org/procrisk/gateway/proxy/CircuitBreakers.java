package org.procrisk.gateway.proxy;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.procrisk.gateway.config.GatewayConfig;

import io.quarkus.logging.Log;

/**
 * One circuit breaker per downstream service: after {@code failureThreshold} transport failures in a
 * row it opens and the gateway answers 503 at once; after {@code openFor} one probe request may pass,
 * and its outcome closes or reopens the circuit.
 */
@ApplicationScoped
public class CircuitBreakers {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private static final class Breaker {
        State state = State.CLOSED;
        int failures;
        long openedAt;
    }

    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();
    private final int threshold;
    private final long openForNanos;

    public CircuitBreakers(GatewayConfig config) {
        this.threshold = config.circuitBreaker().failureThreshold();
        this.openForNanos = config.circuitBreaker().openFor().toNanos();
        config.services().keySet().forEach(name -> breakers.put(name, new Breaker()));
    }

    /** Whether a request may go to the service now; while open, how many seconds until a probe may. */
    public long secondsUntilAllowed(String service) {
        Breaker b = breakers.get(service);
        synchronized (b) {
            if (b.state == State.CLOSED) {
                return 0;
            }
            long waited = System.nanoTime() - b.openedAt;
            if (b.state == State.OPEN && waited >= openForNanos) {
                b.state = State.HALF_OPEN;
                return 0;
            }
            // HALF_OPEN: the probe is under way; everyone else waits for its outcome.
            return Math.max(1, (openForNanos - waited + 999_999_999L) / 1_000_000_000L);
        }
    }

    public void success(String service) {
        Breaker b = breakers.get(service);
        synchronized (b) {
            if (b.state != State.CLOSED) {
                Log.infof("Circuit to %s closed", service);
            }
            b.state = State.CLOSED;
            b.failures = 0;
        }
    }

    public void failure(String service) {
        Breaker b = breakers.get(service);
        synchronized (b) {
            b.failures++;
            if (b.state == State.HALF_OPEN || (b.state == State.CLOSED && b.failures >= threshold)) {
                b.state = State.OPEN;
                b.openedAt = System.nanoTime();
                Log.warnf("Circuit to %s opened after %d failures", service, b.failures);
            }
        }
    }

    public Map<String, State> states() {
        Map<String, State> out = new TreeMap<>();
        breakers.forEach((name, b) -> {
            synchronized (b) {
                out.put(name, b.state);
            }
        });
        return out;
    }
}
