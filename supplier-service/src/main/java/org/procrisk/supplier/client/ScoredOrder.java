package org.procrisk.supplier.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the order book keeps of a score answer: the order's totals, score and the controls that bite, and for
 * orders naming programmes their buyer-side compliance, as "VERDICT" then "verdict:lines:value" per verdict.
 */
public record ScoredOrder(String poNumber, int score, String riskTier, BigDecimal totalValue, BigDecimal valueAtRisk,
                          String currency, List<String> controls, String compliance, long datasetVersion, LocalDate asOf) {
}
