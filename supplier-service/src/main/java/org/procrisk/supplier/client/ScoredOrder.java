package org.procrisk.supplier.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the order book keeps of a score answer: the order's totals, score and the controls that bite. */
public record ScoredOrder(String poNumber, int score, String riskTier, BigDecimal totalValue, BigDecimal valueAtRisk,
                          String currency, List<String> controls, long datasetVersion, LocalDate asOf) {
}
