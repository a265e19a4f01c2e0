package org.procrisk.scoring.method;

import java.util.List;
import java.util.Map;

/** Country shares of one material at one stage, for one year, with the sources they come from. */
public record Distribution(Map<String, Double> shares, int year, List<String> sourceIds) {
    public Distribution {
        shares = Map.copyOf(shares);
        sourceIds = List.copyOf(sourceIds);
    }
}
