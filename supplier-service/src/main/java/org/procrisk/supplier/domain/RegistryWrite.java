package org.procrisk.supplier.domain;

/** A write to the registry, as the audit trail holds it: what changed, and the dataset version it made. */
public record RegistryWrite(long datasetVersion, String resourceType, String resourceId, String action) {
}
