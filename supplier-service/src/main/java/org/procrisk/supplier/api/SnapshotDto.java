package org.procrisk.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything scoring reads, at one dataset version. Internal: the gateway does not expose it. */
@Schema(name = "Snapshot")
public record SnapshotDto(
        long datasetVersion,
        Instant changedAt,
        @Schema(description = "The audited write that made this version; absent for the seed data") LastChange lastChange,
        Instant generatedAt,
        List<MaterialRow> materials,
        List<ShareRow> countryShares,
        List<ExportControlDto> exportControls,
        List<SourceDto> sources,
        List<SupplierRow> suppliers,
        List<PartRow> parts,
        List<DeclarationRow> declarations) {

    /** Who made the dataset version, from the audit trail. */
    public record LastChange(Instant recordedAt, String caller, String action, String resourceType, String resourceId) {
    }

    public record MaterialRow(String code, String group) {
    }

    public record ShareRow(String material, String stage, String country, BigDecimal share, int year,
                           String sourceId, String basis) {
    }

    public record SupplierRow(String id, String externalId, String name, String country) {
    }

    public record PartRow(String partNumber, String description, List<ComponentDto> composition) {
    }

    public record DeclarationRow(String id, String supplier, String partNumber, String material, String stage,
                                 Map<String, BigDecimal> shares, LocalDate validFrom, LocalDate validTo) {
    }
}
