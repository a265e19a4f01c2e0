package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Result of one order. Money is exact (unrounded); probabilities are doubles; the caller rounds for
 * output as the method's arithmetic section says. {@code compliance} is the buyer-side check, null when
 * the order names no programme.
 */
public record OrderExposure(
        Order order,
        long datasetVersion,
        BigDecimal totalValue,
        BigDecimal scoredValue,
        BigDecimal controlValueAtRisk,
        BigDecimal singleCountryRefiningValue,
        BigDecimal coverage,
        int score,
        RiskTier riskTier,
        Map<String, BigDecimal> exposureByRefiningCountry,
        Map<String, BigDecimal> exposureByControl,
        List<LineExposure> lines,
        OrderCompliance compliance) {
}
