package org.procrisk.e2e.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Steady scoring traffic through the gateway from a few threads, counting statuses and stale answers. */
final class ScoringLoad implements AutoCloseable {

    static final String ORDER = """
            {"poNumber":"PO-LOAD-1","buyerCountry":"DE","currency":"EUR","asOf":"2026-11-25",
             "lines":[{"lineNumber":10,"partNumber":"MAG-ROTOR-48","supplierId":"V-10042","quantity":100,"unitPrice":"12.40"}]}""";

    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger stale = new AtomicInteger();
    final AtomicInteger fresh = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;

    ScoringLoad(Api api, String key, int threads) {
        this.threads = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            this.threads.submit(() -> {
                while (running.get()) {
                    Api.Answer a = api.call("POST", "/api/v1/scores?detail=compact", key, ORDER);
                    statuses.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (a.status() == 200) {
                        (a.body().contains("\"stale\":true") ? stale : fresh).incrementAndGet();
                    }
                    sleep(20);
                }
            });
        }
    }

    /** Statuses other than 200, with their counts. */
    Map<Integer, Integer> failures() {
        Map<Integer, Integer> failed = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> {
            if (status != 200) {
                failed.put(status, n.get());
            }
        });
        return failed;
    }

    int answered() {
        return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(40, TimeUnit.SECONDS);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<Integer> list(Integer... values) {
        return List.of(values);
    }
}
