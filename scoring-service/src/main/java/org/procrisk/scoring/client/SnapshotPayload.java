package org.procrisk.scoring.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * supplier-service's snapshot as scoring reads it. Unknown fields are ignored on purpose: the
 * registry may add fields before scoring learns about them. Numbers are read as doubles, which is
 * what the method computes with, and much cheaper to read for 100,000 parts than BigDecimal.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotPayload(
        long datasetVersion,
        Instant changedAt,
        LastChangeRow lastChange,
        List<MaterialRow> materials,
        List<ShareRow> countryShares,
        List<ControlRow> exportControls,
        List<SourceRow> sources,
        List<SupplierRow> suppliers,
        List<PartRow> parts,
        List<DeclarationRow> declarations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LastChangeRow(Instant recordedAt, String caller, String action, String resourceType, String resourceId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MaterialRow(String code, String group) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShareRow(String material, String stage, String country, double share, int year, String sourceId,
                           String basis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlRow(String id, String issuer, String title, String measure, String direction,
                             List<String> materials, List<String> forms, List<String> targetCountries, String endUse,
                             String programme, LocalDate announced, LocalDate effectiveFrom, LocalDate suspendedFrom,
                             LocalDate suspendedUntil, LocalDate ended, String sourceId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SourceRow(String id, String publisher, String title, int year, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierRow(String id, String externalId, String name, String country) {
    }

    /** Without the description, which scoring never shows: skipped, not read into 100,000 strings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartRow(String partNumber, List<ComponentRow> composition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComponentRow(String material, String form, double massKgPerUnit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclarationRow(String id, String supplier, String partNumber, String material, String stage,
                                 Map<String, Double> shares, LocalDate validFrom, LocalDate validTo) {
    }
}
