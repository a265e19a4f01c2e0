package org.procrisk.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditRecord", description = "One committed write: who, when, from which request, and what changed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecordDto(
        @Schema(example = "1207") long id,
        Instant recordedAt,
        @Schema(description = "The gateway's name of the API key; internal for calls that did not pass the gateway",
                example = "erp-sap-prod") String caller,
        @Schema(example = "admin") String callerRole,
        @Schema(example = "5b1f0c2e-8d1a-4c61-9a2f-3f0e7c1d2b44") String requestId,
        @Schema(enumeration = {"CREATE", "REPLACE", "DELETE", "BULK_UPSERT"}, example = "REPLACE") String action,
        @Schema(enumeration = {"supplier", "part", "declaration", "source", "country-share-set", "export-control"},
                example = "export-control") String resourceType,
        @Schema(description = "Absent for bulk upserts (see items)", example = "CN-2025-61") String resourceId,
        @Schema(description = "The resource's ETag before the write", example = "\"3\"") String versionBefore,
        @Schema(description = "The resource's ETag after the write", example = "\"4\"") String versionAfter,
        @Schema(description = "The dataset version this write produced", example = "412") long datasetVersion,
        @Schema(description = "Changed fields, each as {before, after}: a creation has only after, a deletion only before",
                example = "{\"suspendedUntil\":{\"before\":\"2026-11-10\",\"after\":null}}") Map<String, Object> changes,
        @Schema(description = "Bulk upserts: how many items created, updated and left unchanged") Counts counts,
        @Schema(description = "Bulk upserts, on GET /audit/{id} only: the resources created or updated") List<Item> items) {

    @Schema(name = "AuditCounts")
    public record Counts(@Schema(example = "120") int created, @Schema(example = "35") int updated,
                         @Schema(example = "9845") int unchanged) {
    }

    @Schema(name = "AuditItem")
    public record Item(@Schema(example = "0b7c8a52-3f5e-4a3b-9c1e-6d2f4e8a9b10") String resourceId,
                       @Schema(enumeration = {"CREATED", "UPDATED"}, example = "CREATED") String change) {
    }
}
