package org.procrisk.supplier.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One score of a stored order, the latest or one of its history, and why it was taken. */
public record OrderScore(int score, String riskTier, BigDecimal totalValue, BigDecimal valueAtRisk, String currency,
                         List<String> controls, String compliance, long datasetVersion, LocalDate asOf, Instant scoredAt,
                         Cause cause) {

    public enum Cause {
        STORED, REPLACED, REOPENED, DATASET, DATE
    }

    /**
     * Whether a buyer would see a difference: the score, tier, value at risk, the controls that bite, or the
     * buyer-side compliance (orders naming programmes).
     */
    public boolean differsFrom(OrderScore other) {
        return other == null || score != other.score || !riskTier.equals(other.riskTier)
                || valueAtRisk.compareTo(other.valueAtRisk) != 0 || totalValue.compareTo(other.totalValue) != 0
                || !controls.equals(other.controls) || !java.util.Objects.equals(compliance, other.compliance);
    }

    /** The same score, taken for another reason at another time. */
    public OrderScore as(Cause newCause, Instant at) {
        return new OrderScore(score, riskTier, totalValue, valueAtRisk, currency, controls, compliance, datasetVersion, asOf, at,
                newCause);
    }

    public String controlsText() {
        return String.join(",", controls);
    }

    public static List<String> controls(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
