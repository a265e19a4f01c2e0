package org.procrisk.scoring.snapshot;

import java.util.function.ToDoubleFunction;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.procrisk.scoring.method.Dataset;

/**
 * The caches of the dataset in use, in /q/metrics: the exposure memo and what the answers derive from the
 * dataset (rendered evidence). They belong to the dataset, so the figures count since it was loaded.
 */
@Singleton
public class DatasetCacheMetrics implements MeterBinder {

    private final SnapshotCache cache;

    public DatasetCacheMetrics(SnapshotCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "scoring.dataset.memo.hits", "Exposure memo hits since the dataset was loaded",
                d -> d.memoStats().hitCount());
        gauge(registry, "scoring.dataset.memo.misses", "Exposure memo misses since the dataset was loaded",
                d -> d.memoStats().missCount());
        gauge(registry, "scoring.dataset.memo.evictions", "Exposures evicted from the memo since the dataset was loaded",
                d -> d.memoStats().evictionCount());
        gauge(registry, "scoring.dataset.memo.size", "Exposures and merged control lists in the memo", Dataset::memoSize);
        gauge(registry, "scoring.dataset.evidence.hits", "Rendered evidence found since the dataset was loaded",
                d -> d.derivedStats().hitCount());
        gauge(registry, "scoring.dataset.evidence.misses", "Evidence rendered since the dataset was loaded",
                d -> d.derivedStats().missCount());
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Dataset> value) {
        Gauge.builder(name, cache, c -> {
            LoadedData data = c.current();
            return data == null ? Double.NaN : value.applyAsDouble(data.dataset());
        }).description(description).register(registry);
    }
}
