package org.procrisk.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrderScore", description = "One score of a stored order: the latest, or one entry of its history")
public record OrderScoreDto(
        @Schema(description = "0..100, as in POST /api/v1/scores", example = "86") int score,
        @Schema(example = "CRITICAL", enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) String riskTier,
        @Schema(description = "Σ quantity × unitPrice", example = "12400.00") BigDecimal totalValue,
        @Schema(description = "Σ value × control probability (controlValueAtRisk)", example = "9081.14") BigDecimal valueAtRisk,
        @Schema(example = "EUR") String currency,
        @Schema(description = "The controls that bite on the order's lines", example = "[\"CN-2025-18\"]") List<String> controls,
        @Schema(description = "Orders naming programmes: the worst buyer-side verdict (COMPLIANT, NOT_ASSESSED, AT_RISK, "
                + "NON_COMPLIANT)", example = "AT_RISK") String complianceVerdict,
        @Schema(example = "42") long datasetVersion,
        @Schema(description = "The day the order was scored for", example = "2026-11-10") LocalDate asOf,
        Instant scoredAt,
        @Schema(description = "Why this score was taken: STORED, REPLACED or REOPENED by a write of the order, "
                + "DATASET when the registry changed, DATE when the day did", example = "DATASET",
                enumeration = {"STORED", "REPLACED", "REOPENED", "DATASET", "DATE"}) String cause) {
}
