package org.procrisk.scoring.snapshot;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How current this replica's answers are: the age of the snapshot in use, counted from the last time
 * the registry confirmed it (it grows while supplier-service cannot be reached), and its dataset version.
 */
@Singleton
public class SnapshotMetrics implements MeterBinder {

    private final SnapshotCache cache;

    public SnapshotMetrics(SnapshotCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("scoring.snapshot.age", cache, c -> {
            LoadedData data = c.current();
            return data == null ? Double.NaN : Duration.between(data.checkedAt(), Instant.now()).toMillis() / 1000.0;
        }).baseUnit("seconds").description("Seconds since the registry last confirmed the snapshot in use")
                .register(registry);
        Gauge.builder("scoring.snapshot.dataset.version", cache, c -> {
            LoadedData data = c.current();
            return data == null ? Double.NaN : data.version();
        }).description("Dataset version of the snapshot in use").register(registry);
    }
}
