package org.procrisk.scoring.method;

public enum RiskTier {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** LOW &lt; 25 ≤ MEDIUM &lt; 50 ≤ HIGH &lt; 75 ≤ CRITICAL. */
    public static RiskTier of(int score) {
        if (score >= 75) {
            return CRITICAL;
        }
        if (score >= 50) {
            return HIGH;
        }
        return score >= 25 ? MEDIUM : LOW;
    }
}
