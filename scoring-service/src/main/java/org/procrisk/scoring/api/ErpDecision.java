package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErpDecision", description = "The save-time answer to an ERP: allow, warn or block the purchase order, and why")
public record ErpDecision(
        @Schema(example = "4500000123") String poNumber,
        @Schema(description = "ALLOW, WARN or BLOCK, from the configured policy", enumeration = {"ALLOW", "WARN", "BLOCK"},
                example = "WARN") String decision,
        @Schema(description = "What decided it", example = "[\"risk tier HIGH warns\"]") List<String> reasons,
        @Schema(description = "0..100", example = "71") int score,
        @Schema(example = "HIGH") String riskTier,
        @Schema(description = "The flags of all lines", example = "[\"EXPORT_CONTROLLED\",\"SINGLE_COUNTRY_REFINING\"]")
        List<String> flags,
        @Schema(description = "Buyer-side verdict when the order names programmes", example = "AT_RISK") String compliance,
        @Schema(example = "42") long datasetVersion,
        @Schema(example = "1") String methodVersion,
        List<Line> lines,
        @Schema(description = "The items that were not scored, with why") List<ScoreResponse.SkippedItem> skipped) {

    @Schema(name = "ErpDecisionLine", description = "One scored item, by the ERP's own key")
    public record Line(
            @Schema(example = "00010") String erpKey,
            @Schema(example = "10") int lineNumber,
            @Schema(example = "MAG-ROTOR-48") String partNumber,
            @Schema(description = "R_l, absent when the line could not be scored", example = "0.864837") BigDecimal risk,
            @Schema(example = "[\"EXPORT_CONTROLLED\"]") List<String> flags,
            @Schema(example = "AT_RISK") String compliance) {
    }
}
