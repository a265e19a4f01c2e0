package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country shares of one material at one stage, for one year, with the sources they come from.
 * {@code exactShares} are the same shares as the decimals {@code BigDecimal.valueOf} gives, made once
 * with the distribution: order totals multiply money by them for every order.
 */
public record Distribution(Map<String, Double> shares, int year, List<String> sourceIds,
                           Map<String, BigDecimal> exactShares) {

    public Distribution {
        shares = Map.copyOf(shares);
        sourceIds = List.copyOf(sourceIds);
        exactShares = Map.copyOf(exactShares);
    }

    public Distribution(Map<String, Double> shares, int year, List<String> sourceIds) {
        this(shares, year, sourceIds, exact(shares));
    }

    private static Map<String, BigDecimal> exact(Map<String, Double> shares) {
        Map<String, BigDecimal> exact = new HashMap<>();
        shares.forEach((country, share) -> exact.put(country, BigDecimal.valueOf(share)));
        return exact;
    }
}
