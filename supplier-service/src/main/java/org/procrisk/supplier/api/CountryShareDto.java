package org.procrisk.supplier.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountryShare", description = "One country's share of a material's production at a stage in a year")
public record CountryShareDto(
        @Schema(example = "DY") String material,
        @Schema(example = "REFINING") String stage,
        @Schema(description = "ISO alpha-2, or ZZ for other/unallocated", example = "CN") String country,
        @Schema(example = "0.99") BigDecimal share,
        @Schema(description = "Production year described", example = "2024") int year,
        @Schema(example = "COMPILED-ESTIMATE") String sourceId,
        @Schema(description = "reported or estimate", example = "estimate") String basis,
        @Schema(description = "How the figure was derived; estimate ranges", example = "range 0.97-0.995") String notes) {
}
