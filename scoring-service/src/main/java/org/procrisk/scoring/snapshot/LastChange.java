package org.procrisk.scoring.snapshot;

import java.time.Instant;

/** The registry write that made a dataset version, as its audit trail recorded it. */
public record LastChange(Instant recordedAt, String caller, String action, String resourceType, String resourceId) {
}
