package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreResponse", description = "Exposure of one order: totals, score, why, and on which data.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreResponse(
        @Schema(example = "PO-2026-004711") String poNumber,
        @Schema(example = "DE") String buyerCountry,
        @Schema(example = "EUR") String currency,
        @Schema(example = "2025-06-01") LocalDate asOf,
        @Schema(example = "CIVIL") String endUse,
        @Schema(example = "1") String methodVersion,
        @Schema(example = "42") long datasetVersion,
        DataInfo data,
        @Schema(description = "Σ quantity × unitPrice", example = "12400.00") BigDecimal totalValue,
        @Schema(description = "Value of the lines that could be scored", example = "12400.00") BigDecimal scoredValue,
        @Schema(description = "Σ value × control probability", example = "9081.14") BigDecimal controlValueAtRisk,
        @Schema(description = "Value of lines whose top refining country holds ≥ the threshold", example = "12400.00") BigDecimal singleCountryRefiningValue,
        @Schema(description = "scoredValue / totalValue", example = "1.000000") BigDecimal coverage,
        @Schema(description = "0..100, value-weighted line risk", example = "86") int score,
        @Schema(example = "CRITICAL") String riskTier,
        @Schema(description = "Value by refining country of each line's critical material") List<CountryExposure> exposureByRefiningCountry,
        @Schema(description = "Value of the lines each control bites on") List<ControlExposure> exposureByControl,
        ComplianceResult compliance,
        List<LineResult> lines,
        @Schema(description = "ERP orders only: the items that were not scored, with why") List<SkippedItem> skipped) {

    /** The answer with the ERP's key on each line and the items it left out (ERP orders). */
    public ScoreResponse withErpKeys(List<String> keys, List<SkippedItem> skippedItems) {
        List<LineResult> keyed = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            keyed.add(lines.get(i).withErpKey(keys.get(i)));
        }
        return new ScoreResponse(poNumber, buyerCountry, currency, asOf, endUse, methodVersion, datasetVersion, data,
                totalValue, scoredValue, controlValueAtRisk, singleCountryRefiningValue, coverage, score, riskTier,
                exposureByRefiningCountry, exposureByControl, compliance, keyed, skippedItems);
    }

    /** The answer without its lines: the order's totals, score and exposures (batch {@code detail=summary}). */
    public ScoreResponse withoutLines() {
        return new ScoreResponse(poNumber, buyerCountry, currency, asOf, endUse, methodVersion, datasetVersion, data,
                totalValue, scoredValue, controlValueAtRisk, singleCountryRefiningValue, coverage, score, riskTier,
                exposureByRefiningCountry, exposureByControl, compliance, null, skipped);
    }

    @Schema(name = "SkippedItem", description = "An ERP item that was not scored")
    public record SkippedItem(@Schema(description = "The ERP's item key (PurchaseOrderItem, or the Odoo line id)",
                                      example = "00030") String erpKey,
                              @Schema(example = "no Material: a service or text item") String reason) {
    }

    @Schema(name = "DataInfo", description = "The registry snapshot this answer used")
    public record DataInfo(@Schema(example = "42") long datasetVersion, Instant fetchedAt,
                           @Schema(description = "true when the registry could not be reached at the last refresh") boolean stale) {
    }

    @Schema(name = "CountryExposure")
    public record CountryExposure(@Schema(example = "CN") String country, @Schema(example = "11160.00") BigDecimal value) {
    }

    @Schema(name = "ControlExposure")
    public record ControlExposure(@Schema(example = "CN-2025-18") String controlId, @Schema(example = "LICENCE") String measure,
                                  @Schema(example = "12400.00") BigDecimal value) {
    }

    @Schema(name = "LineResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(
            @Schema(example = "10") int lineNumber,
            @Schema(example = "MAG-ROTOR-48") String partNumber,
            @Schema(example = "V-10042") String supplierId,
            @Schema(example = "Baotou Magnet Works") String supplierName,
            @Schema(example = "12400.00") BigDecimal value,
            @Schema(description = "false when the part is unknown or no material has data") boolean scored,
            @Schema(description = "P_l: probability that a control in force disrupts the line", example = "0.732350") BigDecimal controlProbability,
            @Schema(description = "C_l: weighted top refining share", example = "0.990000") BigDecimal concentration,
            @Schema(description = "R_l = 1 − (1 − P)(1 − κC)", example = "0.864837") BigDecimal risk,
            @Schema(description = "Material with the highest refining concentration", example = "DY") String criticalMaterial,
            @Schema(example = "[\"EXPORT_CONTROLLED\",\"HIGHLY_CONCENTRATED\",\"SINGLE_COUNTRY_REFINING\"]") List<String> flags,
            @Schema(description = "Buyer-side verdict when the order names programmes") ComplianceResult.Line compliance,
            List<AppliedControl> controls,
            @Schema(description = "Technology/equipment measures: context, not in the probability") List<AppliedControl> contextControls,
            List<MaterialResult> materials,
            @Schema(description = "ERP orders only: the ERP's key of the item (PurchaseOrderItem as sent, or the Odoo line id)",
                    example = "00010") String erpKey) {

        LineResult withErpKey(String key) {
            return new LineResult(lineNumber, partNumber, supplierId, supplierName, value, scored, controlProbability,
                    concentration, risk, criticalMaterial, flags, compliance, controls, contextControls, materials, key);
        }
    }

    @Schema(name = "AppliedControl")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppliedControl(@Schema(example = "CN-2025-18") String id, String title, @Schema(example = "CN") String issuer,
                                 @Schema(example = "LICENCE") String measure, @Schema(example = "0.5") Double severity,
                                 @Schema(example = "MOFCOM-2025-18") String sourceId, String sourceUrl,
                                 @Schema(description = "When a suspension of it ended, if it did") LocalDate suspendedUntil) {
    }

    @Schema(name = "MaterialResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MaterialResult(
            @Schema(example = "DY") String material,
            @Schema(example = "MAGNET") String form,
            @Schema(example = "0.008") BigDecimal massKgPerUnit,
            @Schema(description = "No stage had data: contributes nothing") boolean noData,
            @Schema(example = "0.732350") BigDecimal controlProbability,
            @Schema(example = "CN") String topRefiningCountry,
            @Schema(example = "0.990000") BigDecimal topRefiningShare,
            @Schema(example = "0.990000") BigDecimal concentration,
            @Schema(example = "[]") List<String> stagesWithoutData,
            List<StageResult> stages,
            @Schema(example = "[\"CN-2025-18\"]") List<String> controls) {
    }

    @Schema(name = "StageResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageResult(
            @Schema(example = "REFINING") String stage,
            @Schema(description = "DECLARATION, MATERIAL (the material's own rows) or REE (aggregate rows)", example = "MATERIAL") String origin,
            @Schema(example = "2024") int year,
            String declarationId,
            @Schema(example = "[\"COMPILED-ESTIMATE\"]") List<String> sourceIds,
            @Schema(description = "Rows from after the as-of date were used (none earlier)") boolean sharesAfterAsOf,
            @Schema(example = "{\"CN\":0.99,\"ZZ\":0.01}") Map<String, BigDecimal> shares,
            @Schema(example = "0.495000") BigDecimal controlProbability,
            @Schema(example = "9801.0") BigDecimal hhi) {
    }
}
