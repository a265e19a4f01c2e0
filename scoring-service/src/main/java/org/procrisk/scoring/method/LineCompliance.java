package org.procrisk.scoring.method;

import java.math.BigDecimal;

/**
 * A line's buyer-side verdict and the finding that decided it: the restriction, the material and stage,
 * the restricted share there and where that share came from. {@code restriction} is null when no
 * restriction covers any material of the line.
 */
public record LineCompliance(
        Order.Line line,
        BigDecimal value,
        Verdict verdict,
        ExportControl restriction,
        String material,
        Stage stage,
        double restrictedShare,
        StageExposure.Origin origin,
        String declarationId) {

    static LineCompliance unchecked(Order.Line line, BigDecimal value, Verdict verdict) {
        return new LineCompliance(line, value, verdict, null, null, null, 0, null, null);
    }
}
