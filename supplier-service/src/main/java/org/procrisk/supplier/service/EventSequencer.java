package org.procrisk.supplier.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Places committed events in the change feed. An event is written in the transaction of the re-score that
 * made it, and only gets its place once that transaction has committed and a sequencer has seen it: a
 * transaction that commits late puts its events after those readers have already seen, never before.
 */
@ApplicationScoped
public class EventSequencer {

    private static final int BATCH = 5_000;

    private final OrderStore store;

    public EventSequencer(OrderStore store) {
        this.store = store;
    }

    @Scheduled(every = "${supplier.events.sequence-interval:250ms}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            sequence();
        } catch (RuntimeException e) {
            Log.warnf("Sequencing events failed for now: %s", e.getMessage());
        }
    }

    /** Places every committed event not yet in the feed; answers how many. */
    public int sequence() {
        int total = 0;
        int placed;
        do {
            placed = QuarkusTransaction.requiringNew().call(() -> store.sequenceEvents(BATCH));
            total += placed;
        } while (placed == BATCH);
        return total;
    }
}
