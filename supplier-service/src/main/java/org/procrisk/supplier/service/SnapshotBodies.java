package org.procrisk.supplier.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import org.procrisk.supplier.api.SnapshotDto;

/**
 * The snapshot as JSON, rendered once per dataset version. Every scoring replica fetches each new
 * version, and at 100,000 parts a rendering is most of a second of database and CPU time: rendering
 * it once, and ahead of the fetches once writes have settled, takes that out of every refresh.
 * Holds one rendering (17 MB at 100,000 parts); the version check on every read means a write is
 * never hidden behind it.
 */
@ApplicationScoped
public class SnapshotBodies {

    private final SnapshotService snapshots;
    private final ObjectMapper json;
    private volatile Rendered last;
    /** The version seen at the previous prerender tick: a version unchanged over a tick has settled. */
    private volatile long seenAtLastTick = -1;

    public SnapshotBodies(SnapshotService snapshots, ObjectMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    /** A rendered snapshot and the dataset version it holds. */
    public record Rendered(long version, byte[] json) {
    }

    /** The snapshot at the current version. */
    public Rendered current() {
        Rendered rendered = last;
        return rendered != null && rendered.version() == snapshots.currentVersion() ? rendered : render();
    }

    /** One rendering at a time: callers that wait for it then find the version they wanted ready. */
    synchronized Rendered render() {
        Rendered rendered = last;
        if (rendered != null && rendered.version() == snapshots.currentVersion()) {
            return rendered;
        }
        long started = System.nanoTime();
        SnapshotDto snapshot = snapshots.snapshot();
        try {
            rendered = new Rendered(snapshot.datasetVersion(), json.writeValueAsBytes(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the snapshot could not be rendered", e);
        }
        last = rendered;
        Log.infof("Rendered snapshot of dataset version %d (%d parts, %d bytes) in %d ms", rendered.version(),
                snapshot.parts().size(), rendered.json().length, (System.nanoTime() - started) / 1_000_000);
        return rendered;
    }

    /**
     * Renders a new version once no write came for a whole tick: during a bulk load the version moves
     * on every tick and nothing is rendered in vain. Set the interval to {@code off} to render only on demand.
     */
    @Scheduled(every = "${supplier.snapshot.prerender-interval:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prerender() {
        long version = snapshots.currentVersion();
        boolean settled = version == seenAtLastTick;
        seenAtLastTick = version;
        Rendered rendered = last;
        if (settled && (rendered == null || rendered.version() != version)) {
            render();
        }
    }

    /** The version last rendered, or -1: for tests and the log. */
    long renderedVersion() {
        Rendered rendered = last;
        return rendered == null ? -1 : rendered.version();
    }
}
