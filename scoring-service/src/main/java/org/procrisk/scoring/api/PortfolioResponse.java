package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortfolioResponse", description = "Exposure of a set of orders, in the reporting currency.")
public record PortfolioResponse(
        @Schema(example = "EUR") String reportingCurrency,
        @Schema(example = "1") String methodVersion,
        long datasetVersion,
        ScoreResponse.DataInfo data,
        int orders,
        int lines,
        BigDecimal totalValue,
        BigDecimal scoredValue,
        BigDecimal controlValueAtRisk,
        BigDecimal singleCountryRefiningValue,
        @Schema(example = "0.950000") BigDecimal coverage,
        @Schema(description = "Value-weighted line risk over all orders, 0..100", example = "64") int score,
        String riskTier,
        @Schema(description = "Per material: value of the scored lines containing it, and Σ value × P_m")
        List<MaterialExposure> exposureByMaterial,
        List<ScoreResponse.CountryExposure> exposureByRefiningCountry,
        List<ScoreResponse.ControlExposure> exposureByControl,
        @Schema(description = "Riskiest orders first (score, then value at risk)") List<OrderSummary> topOrders) {

    @Schema(name = "PortfolioMaterialExposure")
    public record MaterialExposure(@Schema(example = "DY") String material, BigDecimal lineValue, BigDecimal controlValueAtRisk) {
    }

    @Schema(name = "OrderSummary")
    public record OrderSummary(String poNumber, int score, String riskTier, String currency, BigDecimal totalValue,
                               BigDecimal controlValueAtRisk) {
    }
}
