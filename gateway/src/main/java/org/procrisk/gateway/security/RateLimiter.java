package org.procrisk.gateway.security;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/**
 * A token bucket per API key: one key's flood empties only its own bucket. Limits hold per gateway
 * instance; with N replicas the cluster-wide limit is N times the setting.
 */
@Singleton
public class RateLimiter {

    /** The outcome of one request's take: allowed or not, what is left and when a token comes back. */
    public record Decision(boolean allowed, int remaining, double secondsUntilNext) {
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.refilledAt = now;
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Decision take(Caller caller) {
        return take(caller, System.nanoTime());
    }

    Decision take(Caller caller, long now) {
        Bucket bucket = buckets.computeIfAbsent(caller.name(), k -> new Bucket(caller.burst(), now));
        synchronized (bucket) {
            double elapsed = (now - bucket.refilledAt) / 1e9;
            bucket.tokens = Math.min(caller.burst(), bucket.tokens + elapsed * caller.ratePerSecond());
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, (int) bucket.tokens, 0);
            }
            return new Decision(false, 0, (1 - bucket.tokens) / caller.ratePerSecond());
        }
    }
}
