package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BomCheckResponse", description = "The policy verdict on a bill of materials, why, and on which data.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BomCheckResponse(
        @Schema(description = "PASS, WARN or FAIL", example = "FAIL") String verdict,
        @Schema(description = "The input format read", example = "text/csv") String format,
        @Schema(example = "1") String methodVersion,
        @Schema(example = "42") long datasetVersion,
        @Schema(example = "2026-11-25") LocalDate asOf,
        ScoreResponse.DataInfo data,
        @Schema(example = "DE") String buyerCountry,
        @Schema(example = "CIVIL") String endUse,
        List<String> programmes,
        @Schema(description = "VALUE (quantity × unitPrice) when the BOM is priced, else EQUAL (every line weighs 1)",
                example = "EQUAL") String weighting,
        @Schema(description = "Currency of the values in a priced BOM", example = "EUR") String currency,
        @Schema(description = "The policy applied, after defaults") PolicyDto policy,
        Summary summary,
        @Schema(description = "What broke the policy, in line order; at most 1,000 (see summary for the counts)")
        List<ViolationResult> violations,
        @Schema(description = "Material codes and CAS numbers the dataset does not know") List<UnknownResult> unknownMaterials,
        List<Line> lines,
        @Schema(description = "CycloneDX only: every component and what became of it, in document order "
                + "(assemblies that only group their parts are left out)")
        List<ComponentResult> components) {

    @Schema(name = "BomCheckSummary")
    public record Summary(
            @Schema(example = "4") int lines,
            @Schema(example = "4") int scoredLines,
            @Schema(description = "Σ line weight: value, or the number of lines when unpriced", example = "4") BigDecimal totalWeight,
            @Schema(description = "Share of the weight that could be scored", example = "1.000000") BigDecimal coverage,
            @Schema(description = "Share of the weight whose top refining country holds ≥ the method's threshold",
                    example = "0.750000") BigDecimal singleCountryRefiningShare,
            @Schema(description = "Weight-averaged control probability", example = "0.412345") BigDecimal controlExposure,
            @Schema(description = "0..100, as for orders", example = "71") int score,
            @Schema(example = "HIGH") String riskTier,
            @Schema(example = "2") int failures,
            @Schema(example = "3") int warnings,
            @Schema(description = "true when more violations exist than are listed") boolean violationsTruncated,
            @Schema(description = "Materials taken out by the policy's ignoreMaterials", example = "0") int ignoredMaterials,
            @Schema(description = "IPC-1752A substances we know but do not track (iron, boron...)", example = "5")
            Integer untrackedSubstances,
            @Schema(description = "CycloneDX only: how many components got each status")
            Map<String, Integer> componentsByStatus,
            @Schema(description = "CycloneDX only: assemblies whose parts were the lines", example = "2") Integer assemblies) {
    }

    @Schema(name = "BomComponent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentResult(
            @Schema(description = "The component's bom-ref, when it has one", example = "U7") String bomRef,
            @Schema(example = "GAN-FET-650V") String name,
            @Schema(description = "Its CycloneDX type", example = "device") String type,
            @Schema(description = "SCORED, NO_MATERIAL_DATA, UNKNOWN_MATERIAL, NOT_PHYSICAL, or IGNORED when the policy's "
                    + "ignoreMaterials took out all its materials", example = "SCORED") String status,
            @Schema(description = "How it was matched to a registry part: procrisk:partNumber or name; absent when not matched",
                    example = "name") String matchedBy,
            @Schema(description = "The BOM line it became", example = "3") Integer lineNumber,
            @Schema(description = "Units in the whole BOM (multiplied down the assemblies)", example = "4") BigDecimal quantity,
            @Schema(description = "true when no quantity was given and 1 was assumed") Boolean quantityAssumed,
            @Schema(description = "What would make it scoreable", example = "Register part GAN-FET-650V in the registry, "
                    + "or give it procrisk:material, procrisk:form and procrisk:massKgPerUnit properties") String hint) {
    }

    @Schema(name = "BomViolation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ViolationResult(
            @Schema(example = "SINGLE_COUNTRY_REFINING") String rule,
            @Schema(description = "FAIL or WARN", example = "FAIL") String severity,
            @Schema(example = "10") Integer lineNumber,
            @Schema(example = "DY") String material,
            @Schema(example = "REFINING") String stage,
            @Schema(example = "CN") String country,
            @Schema(example = "0.990000") BigDecimal share,
            @Schema(example = "0.800000") BigDecimal limit,
            List<String> controlIds,
            @Schema(example = "Line 10: DY refining is 99% in CN (global shares 2024), above the 80% limit") String message) {
    }

    @Schema(name = "BomUnknownMaterial")
    public record UnknownResult(@Schema(example = "20") int lineNumber, @Schema(example = "CO") String code,
                                @Schema(example = "row 4") String location) {
    }

    @Schema(name = "BomLine")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(
            @Schema(example = "10") int lineNumber,
            @Schema(example = "ROTOR-48") String partNumber,
            @Schema(example = "Rotor magnet, N42SH") String description,
            @Schema(example = "2") BigDecimal quantity,
            @Schema(example = "24.80") BigDecimal value,
            @Schema(description = "The line's share of the BOM's weight", example = "0.250000") BigDecimal weight,
            boolean scored,
            @Schema(example = "0.732350") BigDecimal controlProbability,
            @Schema(example = "0.990000") BigDecimal concentration,
            @Schema(example = "0.866175") BigDecimal risk,
            @Schema(example = "DY") String criticalMaterial,
            List<String> flags,
            @Schema(description = "Buyer-side verdict when programmes were given", example = "AT_RISK") String compliance,
            @Schema(description = "From the BOM, or from the registry for part-only lines") List<Material> materials) {
    }

    @Schema(name = "BomLineMaterial")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Material(
            @Schema(example = "DY") String material,
            @Schema(example = "MAGNET") String form,
            @Schema(example = "0.008") BigDecimal massKgPerUnit,
            @Schema(example = "CN") String topRefiningCountry,
            @Schema(example = "0.990000") BigDecimal topRefiningShare,
            @Schema(description = "DECLARATION, MATERIAL or REE: where the refining shares came from", example = "MATERIAL")
            String refiningSource,
            @Schema(example = "0.500000") BigDecimal controlProbability,
            @Schema(description = "Export controls in force that bite on it") List<String> controls,
            @Schema(description = "Stages of its form without any data") List<String> stagesWithoutData) {
    }
}
