package org.procrisk.scoring.snapshot;

import java.time.Instant;

import org.procrisk.scoring.method.Dataset;

/** A dataset in use, with when it was fetched and whether the registry could be asked since. */
public record LoadedData(Dataset dataset, Instant fetchedAt, Instant checkedAt, boolean stale, String lastError) {

    public long version() {
        return dataset.version();
    }
}
