package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenarioResponse", description = "Baseline and scenario side by side, per order and in total.")
public record ScenarioResponse(
        String scenario,
        String reportingCurrency,
        String methodVersion,
        long datasetVersion,
        Totals baseline,
        Totals withScenario,
        Totals delta,
        List<OrderDelta> orders) {

    @Schema(name = "ScenarioTotals")
    public record Totals(int score, String riskTier, BigDecimal totalValue, BigDecimal controlValueAtRisk,
                         BigDecimal singleCountryRefiningValue) {
    }

    @Schema(name = "ScenarioOrderDelta")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderDelta(String poNumber, String currency, int baselineScore, int scenarioScore, int scoreDelta,
                             String baselineTier, String scenarioTier, BigDecimal baselineControlValueAtRisk,
                             BigDecimal scenarioControlValueAtRisk, BigDecimal controlValueAtRiskDelta,
                             @Schema(description = "Controls that bite only in the scenario") List<String> newControls,
                             @Schema(description = "Controls that bite only in the baseline") List<String> removedControls,
                             @Schema(description = "Buyer-side verdict in the baseline (orders naming programmes)", example = "AT_RISK")
                             String baselineCompliance,
                             @Schema(description = "Buyer-side verdict in the scenario", example = "COMPLIANT")
                             String scenarioCompliance) {
    }
}
