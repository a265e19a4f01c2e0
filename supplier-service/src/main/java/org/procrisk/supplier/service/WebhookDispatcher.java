package org.procrisk.supplier.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers order events to webhook subscriptions as Standard Webhooks: at least once, each attempt signed
 * (webhook-id is the event's id, webhook-timestamp the attempt's second, webhook-signature one v1 HMAC per
 * signing secret), retried with growing delays for up to a day. Redirects are not followed (a 3xx is a failed
 * attempt); a 410 disables the subscription, and so does the last failed retry. Attempts are leased from the
 * table, so replicas share them, and run on a sender pool of their own with a timeout each, a few per
 * subscription at a time: a slow or dead receiver holds neither scoring nor the other receivers.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookStore store;
    private final ReceiverUrls urls;
    private final List<Duration> delays;
    private final Duration giveUpAfter;
    private final Duration timeout;
    private final int perSubscription;
    private final Semaphore free;
    private final int senders;
    private final ExecutorService pool;
    private final HttpClient http;
    private final Counter delivered;
    private final Counter failed;
    private final Timer latency;
    private final ExecutorService dispatching;
    private final java.util.concurrent.atomic.AtomicBoolean kicked = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> inFlight =
            new java.util.concurrent.ConcurrentHashMap<>();

    public WebhookDispatcher(WebhookStore store, ReceiverUrls urls, MeterRegistry metrics,
                             @ConfigProperty(name = "supplier.webhooks.retry-delays") List<Duration> delays,
                             @ConfigProperty(name = "supplier.webhooks.give-up-after", defaultValue = "24h") Duration giveUpAfter,
                             @ConfigProperty(name = "supplier.webhooks.timeout", defaultValue = "10s") Duration timeout,
                             @ConfigProperty(name = "supplier.webhooks.senders", defaultValue = "16") int senders,
                             @ConfigProperty(name = "supplier.webhooks.per-subscription", defaultValue = "4") int perSubscription) {
        this.store = store;
        this.urls = urls;
        this.delays = List.copyOf(delays);
        this.giveUpAfter = giveUpAfter;
        this.timeout = timeout;
        this.perSubscription = perSubscription;
        this.senders = senders;
        this.free = new Semaphore(senders);
        this.pool = Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        this.dispatching = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "webhook-dispatch");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.delivered = metrics.counter("supplier_webhooks_delivered");
        this.failed = metrics.counter("supplier_webhooks_failed_attempts");
        this.latency = Timer.builder("supplier_webhooks_event_to_delivery").description("From an event's write to its delivery")
                .publishPercentileHistogram().register(metrics);
    }

    @Scheduled(every = "${supplier.webhooks.dispatch-interval:500ms}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            Log.warnf("Webhook dispatch failed for now: %s", e.getMessage());
        }
    }

    /** Leases as many due attempts as there are free senders and starts them; answers them to wait on. */
    public List<Future<?>> dispatch() {
        int slots = free.drainPermits();
        if (slots == 0) {
            return List.of();
        }
        List<Future<?>> started = new ArrayList<>();
        try {
            String claim = UUID.randomUUID().toString();
            Instant now = Instant.now();
            List<WebhookStore.Attempt> attempts = QuarkusTransaction.requiringNew()
                    .call(() -> store.claim(claim, now, now.plus(timeout.multipliedBy(3)), slots, this::room));
            free.release(slots - attempts.size());
            attempts.forEach(a -> sending(a.subscription().id()).incrementAndGet());
            for (WebhookStore.Attempt a : attempts) {
                started.add(pool.submit(() -> {
                    try {
                        attempt(claim, a);
                    } catch (RuntimeException e) {
                        Log.warnf("Webhook delivery %d: %s", a.deliveryId(), e.getMessage());
                        store.release(claim, a.deliveryId());
                    } finally {
                        sending(a.subscription().id()).decrementAndGet();
                        free.release();
                        // more may be due: a freed sender takes the next attempt now, not at the next tick
                        kick();
                    }
                }));
            }
        } catch (RuntimeException e) {
            free.release(slots - started.size());
            throw e;
        }
        return started;
    }

    private java.util.concurrent.atomic.AtomicInteger sending(String subscription) {
        return inFlight.computeIfAbsent(subscription, k -> new java.util.concurrent.atomic.AtomicInteger());
    }

    /** How many more attempts a subscription may have in flight here. */
    private int room(String subscription) {
        return Math.max(0, perSubscription - sending(subscription).get());
    }

    private void kick() {
        if (kicked.compareAndSet(false, true)) {
            dispatching.execute(() -> {
                kicked.set(false);
                try {
                    dispatch();
                } catch (RuntimeException e) {
                    Log.debugf("Webhook dispatch after a delivery: %s", e.getMessage());
                }
            });
        }
    }

    /** Dispatches until nothing is due and no attempt is in flight (tests). */
    public int drain() throws Exception {
        int total = 0;
        while (true) {
            List<Future<?>> round = dispatch();
            for (Future<?> f : round) {
                f.get();
            }
            total += round.size();
            if (round.isEmpty()) {
                if (free.availablePermits() == senders && !kicked.get()) {
                    return total;
                }
                Thread.sleep(10);
            }
        }
    }

    private void attempt(String claim, WebhookStore.Attempt a) {
        Instant at = Instant.now();
        String refusal = a.subscription().active() ? urls.refusal(a.subscription().url()) : "the subscription is disabled";
        if (refusal != null) {
            failedAttempt(claim, a, null, "not sent: the URL " + refusal, at);
            return;
        }
        HttpRequest request;
        try {
            long timestamp = at.getEpochSecond();
            List<String> signatures = new ArrayList<>();
            for (String secret : a.subscription().signingSecrets(at)) {
                signatures.add(new Webhook(secret).sign(a.eventId(), timestamp, a.body()));
            }
            request = HttpRequest.newBuilder(URI.create(a.subscription().url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "procrisk-webhooks/1")
                    .header("webhook-id", a.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", String.join(" ", signatures))
                    .POST(HttpRequest.BodyPublishers.ofString(a.body())).build();
        } catch (WebhookSigningException | IllegalArgumentException e) {
            failedAttempt(claim, a, null, "not sent: " + e.getMessage(), at);
            return;
        }
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                store.attempted(claim, a.deliveryId(), "DELIVERED", status, null, Instant.now(), null);
                delivered.increment();
                latency.record(Duration.between(eventTime(a), Instant.now()));
            } else if (status == 410) {
                store.attempted(claim, a.deliveryId(), "FAILED", status, "410 Gone: the subscription is disabled", Instant.now(), null);
                store.setActive(a.subscription().id(), false, "the receiver answered 410 Gone", Instant.now());
                failed.increment();
            } else {
                failedAttempt(claim, a, status, status >= 300 && status < 400 ? "redirect not followed" : "HTTP " + status, at);
            }
        } catch (IOException e) {
            failedAttempt(claim, a, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.release(claim, a.deliveryId());
        }
    }

    /** Due again after the next delay, or failed for good (and the subscription disabled) after the last. */
    private void failedAttempt(String claim, WebhookStore.Attempt a, Integer status, String error, Instant at) {
        failed.increment();
        Instant first = a.firstAttemptAt() == null ? at : a.firstAttemptAt();
        int made = a.attempts() + 1;
        Instant next = made <= delays.size() ? at.plus(delays.get(made - 1)) : null;
        if (next == null || next.isAfter(first.plus(giveUpAfter))) {
            store.attempted(claim, a.deliveryId(), "FAILED", status, error, at, null);
            store.setActive(a.subscription().id(), false, "deliveries failed from " + first + " to " + at + "; last: " + error, at);
            Log.warnf("Webhook %s disabled: delivery %d failed %d times (%s)", a.subscription().id(), a.deliveryId(), made, error);
            return;
        }
        store.attempted(claim, a.deliveryId(), "PENDING", status, error, at, next);
    }

    private static Instant eventTime(WebhookStore.Attempt a) {
        int at = a.body().indexOf("\"timestamp\":\"");
        return at < 0 ? Instant.now() : Instant.parse(a.body().substring(at + 13, a.body().indexOf('"', at + 13)));
    }

    @PreDestroy
    void shutdown() {
        dispatching.shutdownNow();
        pool.shutdownNow();
    }
}
