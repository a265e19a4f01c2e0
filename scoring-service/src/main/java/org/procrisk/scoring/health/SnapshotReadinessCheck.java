package org.procrisk.scoring.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.procrisk.scoring.snapshot.LoadedData;
import org.procrisk.scoring.snapshot.SnapshotCache;

/** Ready once a dataset is loaded, stale or not: scoring from the last snapshot beats not scoring. */
@Readiness
@ApplicationScoped
public class SnapshotReadinessCheck implements HealthCheck {

    private final SnapshotCache cache;

    public SnapshotReadinessCheck(SnapshotCache cache) {
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        LoadedData data = cache.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("scoring-data");
        if (data == null) {
            String failure = cache.lastFailure();
            return response.down().withData("detail", failure == null
                    ? "no registry snapshot loaded yet" : "no registry snapshot loaded: " + failure).build();
        }
        return response.up()
                .withData("datasetVersion", data.version())
                .withData("fetchedAt", data.fetchedAt().toString())
                .withData("stale", data.stale())
                .build();
    }
}
