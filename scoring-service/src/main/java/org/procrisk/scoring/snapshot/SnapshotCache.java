package org.procrisk.scoring.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.client.SnapshotPayload;
import org.procrisk.scoring.client.SupplierRegistry;

/**
 * The registry snapshot scoring answers from. Refreshed on a schedule and on demand with
 * If-None-Match; a new dataset is built off to the side and swapped in atomically, so scoring never
 * waits for a refresh and never sees half of one. When the registry cannot be reached the last
 * dataset stays in use, marked stale.
 */
@ApplicationScoped
public class SnapshotCache {

    private final SupplierRegistry registry;
    private final AtomicReference<LoadedData> current = new AtomicReference<>();
    private volatile String lastFailure;

    public SnapshotCache(SupplierRegistry registry) {
        this.registry = registry;
    }

    /** What a refresh did. */
    public record Outcome(String result, long datasetVersion, String detail) {
    }

    @Scheduled(every = "${scoring.snapshot.refresh-interval:30s}", delay = 0,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Until a first snapshot is loaded, try often: the pod is not ready before that. */
    @Scheduled(every = "${scoring.snapshot.initial-retry-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryUntilLoaded() {
        if (current.get() == null) {
            refresh();
        }
    }

    public synchronized Outcome refresh() {
        LoadedData before = current.get();
        String etag = before == null ? null : "\"" + before.version() + "\"";
        try (Response response = registry.snapshot(etag)) {
            Instant now = Instant.now();
            if (response.getStatus() == 304 && before != null) {
                current.set(new LoadedData(before.dataset(), before.fetchedAt(), now, false, null, before.lastChange()));
                lastFailure = null;
                return new Outcome("UNCHANGED", before.version(), "dataset version " + before.version() + " is current");
            }
            if (response.getStatus() != 200) {
                return failed(before, "supplier-service answered HTTP " + response.getStatus());
            }
            long started = System.nanoTime();
            SnapshotPayload payload = response.readEntity(SnapshotPayload.class);
            LoadedData loaded = new LoadedData(SnapshotMapper.toDataset(payload), now, now, false, null, lastChange(payload));
            current.set(loaded);
            lastFailure = null;
            Log.infof("Loaded dataset version %d (%d suppliers, %d parts, %d declarations) in %d ms",
                    loaded.version(), loaded.dataset().supplierCount(), loaded.dataset().partCount(),
                    loaded.dataset().declarationCount(), (System.nanoTime() - started) / 1_000_000);
            return new Outcome("LOADED", loaded.version(), "dataset version " + loaded.version() + " loaded");
        } catch (RuntimeException e) {
            return failed(before, "supplier-service unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Outcome failed(LoadedData before, String reason) {
        lastFailure = reason;
        if (before != null) {
            current.set(new LoadedData(before.dataset(), before.fetchedAt(), before.checkedAt(), true, reason, before.lastChange()));
            Log.warnf("Snapshot refresh failed, still scoring on dataset version %d: %s", before.version(), reason);
            return new Outcome("STALE", before.version(), reason);
        }
        Log.warnf("No snapshot loaded yet: %s", reason);
        return new Outcome("FAILED", 0, reason);
    }

    /** The dataset to score against; 503 with Retry-After until a first snapshot was loaded. */
    public LoadedData require() {
        LoadedData data = current.get();
        if (data == null) {
            throw new ProblemException(503, "Scoring data is not loaded yet"
                    + (lastFailure == null ? "" : " (" + lastFailure + ")") + "; retry shortly",
                    List.of(), Map.of("Retry-After", "5"));
        }
        return data;
    }

    private static LastChange lastChange(SnapshotPayload payload) {
        SnapshotPayload.LastChangeRow c = payload.lastChange();
        return c == null ? null : new LastChange(c.recordedAt(), c.caller(), c.action(), c.resourceType(), c.resourceId());
    }

    public LoadedData current() {
        return current.get();
    }

    public String lastFailure() {
        return lastFailure;
    }
}
