package org.procrisk.scoring.snapshot;

import java.time.Instant;

import org.procrisk.scoring.method.Dataset;

/**
 * A dataset in use, with when it was fetched, whether the registry could be asked since, and the write
 * that made its version (null for seed data).
 */
public record LoadedData(Dataset dataset, Instant fetchedAt, Instant checkedAt, boolean stale, String lastError,
                         LastChange lastChange) {

    public long version() {
        return dataset.version();
    }
}
