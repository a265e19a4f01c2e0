package org.procrisk.supplier.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.procrisk.supplier.client.BatchOutcome;
import org.procrisk.supplier.client.ScoredOrder;
import org.procrisk.supplier.client.ScoringClient;
import org.procrisk.supplier.domain.OrderEvent;
import org.procrisk.supplier.domain.OrderScore;
import org.procrisk.supplier.domain.RegistryWrite;
import org.procrisk.supplier.mapping.OrderMapper;

/**
 * Re-scores every open order when the dataset version changes and when the day does. Work is leased from
 * the table in chunks, so it survives restarts (an unfinished lease expires and is taken again), never
 * holds a lock while scoring-service works, and is shared by replicas without scoring an order twice for
 * the same dataset version and day. Scoring goes through scoring-service's streaming batch.
 */
@ApplicationScoped
public class OrderRescoring {

    private final OrderStore store;
    private final ScoringClient scoring;
    private final OrderClock clock;
    private final int chunk;
    private final Duration lease;
    private final ExecutorService workers;
    private final int workerCount;
    private final int scoreThreshold;
    private final EventSequencer sequencer;
    private final Counter rescored;
    private final Counter changed;

    public OrderRescoring(OrderStore store, ScoringClient scoring, OrderClock clock, MeterRegistry metrics, EventSequencer sequencer,
                          @ConfigProperty(name = "supplier.events.score-threshold", defaultValue = "5") int scoreThreshold,
                          @ConfigProperty(name = "supplier.orders.rescore-chunk", defaultValue = "500") int chunk,
                          @ConfigProperty(name = "supplier.orders.rescore-workers", defaultValue = "2") int workers,
                          @ConfigProperty(name = "supplier.orders.rescore-lease", defaultValue = "60s") Duration lease) {
        this.store = store;
        this.scoring = scoring;
        this.clock = clock;
        this.chunk = chunk;
        this.sequencer = sequencer;
        this.scoreThreshold = scoreThreshold;
        this.lease = lease;
        this.workerCount = workers;
        this.workers = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "order-rescoring");
            t.setDaemon(true);
            return t;
        });
        this.rescored = metrics.counter("supplier_orders_rescored");
        this.changed = metrics.counter("supplier_orders_rescore_changed");
    }

    @Scheduled(every = "${supplier.orders.rescore-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            Log.warnf("Re-scoring stopped for now: %s", e.getMessage());
        }
    }

    /** What one pass did: orders re-scored, and how many of their scores changed. */
    public record Pass(int rescored, int changed, long datasetVersion, LocalDate asOf) {
    }

    /** Re-scores every open order that is due, on all workers, until none is left. */
    public Pass runOnce() {
        long version = store.datasetVersion();
        LocalDate today = clock.today();
        // the workers of one pass lease forward from a shared position, so that no lease scans what is done
        AtomicLong position = new AtomicLong();
        Map<String, List<RegistryWrite>> writes = new ConcurrentHashMap<>();
        Timings timings = new Timings();
        long started = System.nanoTime();
        List<Future<int[]>> running = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            running.add(workers.submit(() -> drain(version, today, position, timings, writes)));
        }
        int done = 0;
        int differ = 0;
        RuntimeException failure = null;
        for (Future<int[]> f : running) {
            try {
                int[] r = f.get();
                done += r[0];
                differ += r[1];
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (done > 0) {
            Log.infof("Re-scored %d open orders for dataset version %d as of %s in %d ms (%d changed; worker time: lease %d ms, "
                            + "scoring %d ms, writing %d ms)", done, version, today, (System.nanoTime() - started) / 1_000_000,
                    differ, timings.lease.get() / 1_000_000, timings.score.get() / 1_000_000, timings.write.get() / 1_000_000);
            rescored.increment(done);
            changed.increment(differ);
        }
        if (differ > 0) {
            sequencer.sequence();
        }
        if (failure != null) {
            throw failure;
        }
        return new Pass(done, differ, version, today);
    }

    /** Where the workers of a pass spend their time, summed over them. */
    private static final class Timings {
        final AtomicLong lease = new AtomicLong();
        final AtomicLong score = new AtomicLong();
        final AtomicLong write = new AtomicLong();
    }

    private int[] drain(long version, LocalDate today, AtomicLong position, Timings timings, Map<String, List<RegistryWrite>> writes) {
        int done = 0;
        int differ = 0;
        boolean refreshed = false;
        boolean sweeping = false;
        while (true) {
            String claim = UUID.randomUUID().toString();
            Instant now = clock.now();
            long t0 = System.nanoTime();
            // a lease retried after a deadlock starts where the first try did, whatever the other workers took since
            long from = sweeping ? 0 : position.get();
            List<OrderStore.Due> due = retryingDeadlocks(
                    () -> store.claim(claim, from, version, today, now, now.plus(lease), chunk));
            timings.lease.addAndGet(System.nanoTime() - t0);
            if (due.isEmpty()) {
                if (sweeping || from == 0) {
                    return new int[] {done, differ};
                }
                // orders skipped while another transaction held them, and then left due, are taken on a last sweep
                sweeping = true;
                continue;
            }
            position.accumulateAndGet(due.get(due.size() - 1).id(), Math::max);
            long t1 = System.nanoTime();
            List<ScoredOrder> scores;
            try {
                scores = score(due, today);
                if (behind(scores, version) && !refreshed) {
                    // scoring-service has not loaded the registry's latest write yet: ask it to, once
                    scoring.refreshSnapshot();
                    refreshed = true;
                    scores = score(due, today);
                }
                if (behind(scores, version)) {
                    store.release(claim);
                    Log.infof("scoring-service is still behind dataset version %d; re-scoring waits for it", version);
                    return new int[] {done, differ};
                }
            } catch (RuntimeException e) {
                store.release(claim);
                throw e;
            }
            long t2 = System.nanoTime();
            timings.score.addAndGet(t2 - t1);
            Instant at = clock.now();
            List<OrderStore.Due> scored = new ArrayList<>(due.size());
            List<OrderScore> written = new ArrayList<>(due.size());
            Map<Long, List<OrderEvent>> events = new HashMap<>();
            for (int i = 0; i < due.size(); i++) {
                ScoredOrder s = scores.get(i);
                if (s == null) {
                    continue;
                }
                OrderScore.Cause cause = s.datasetVersion() != due.get(i).latest().datasetVersion()
                        ? OrderScore.Cause.DATASET : OrderScore.Cause.DATE;
                OrderStore.Due d = due.get(i);
                OrderScore after = new OrderScore(s.score(), s.riskTier(), s.totalValue(), s.valueAtRisk(), s.currency(), s.controls(),
                        s.compliance(), s.datasetVersion(), s.asOf(), at, cause);
                scored.add(d);
                written.add(after);
                if (after.differsFrom(d.latest())) {
                    List<RegistryWrite> why = cause == OrderScore.Cause.DATE ? List.of()
                            : writes.computeIfAbsent(d.latest().datasetVersion() + ".." + s.datasetVersion(),
                                    k -> store.registryWrites(d.latest().datasetVersion(), s.datasetVersion(), 20));
                    events.put(d.id(), OrderEvents.of(d.poNumber(), d.latest(), after, new OrderEvents.Cause(cause, why),
                            scoreThreshold, at));
                }
            }
            differ += retryingDeadlocks(() -> store.rescored(claim, scored, written, events, at));
            if (scored.size() < due.size()) {
                store.release(claim);
            }
            timings.write.addAndGet(System.nanoTime() - t2);
            done += scored.size();
        }
    }

    private List<ScoredOrder> score(List<OrderStore.Due> due, LocalDate today) {
        List<byte[]> lines = due.stream().map(d -> OrderMapper.scoringLine(d.body(), today)).toList();
        List<BatchOutcome> outcomes = scoring.score(lines);
        List<ScoredOrder> scores = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            BatchOutcome o = outcomes.get(i);
            if (o.failed()) {
                // it scored when it was stored, but the registry has since lost what it needs (a material): it keeps
                // its last score and is tried again at the next pass
                Log.warnf("Order %s no longer scores: %s", due.get(i).poNumber(), o.problem().path("errors"));
            }
            scores.add(o.score());
        }
        return scores;
    }

    /**
     * Runs a lease or a write in a transaction of its own. InnoDB may pick it as a deadlock's victim when
     * another worker's transaction locks neighbouring rows; rolled back whole, it is safe to run again.
     */
    private static <T> T retryingDeadlocks(java.util.concurrent.Callable<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                if (attempt == 5 || !deadlock(e)) {
                    throw e;
                }
                Log.debugf("Re-scoring transaction chosen as a deadlock victim; attempt %d", attempt + 1);
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(5, 50));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private static boolean behind(List<ScoredOrder> scores, long version) {
        return scores.stream().anyMatch(s -> s != null && s.datasetVersion() < version);
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }
}
