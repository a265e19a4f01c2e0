package org.procrisk.supplier.validation;

import java.math.BigDecimal;
import java.util.Map;

/** Country shares of one distribution must each lie in [0,1] and together sum to 1 within 0.005. */
public final class ShareSums {

    public static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private ShareSums() {
    }

    public static void check(Map<String, BigDecimal> shares, FieldErrors errors, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            String problem = Countries.problem(e.getKey(), true);
            if (problem != null) {
                errors.add(field + "." + e.getKey(), "country " + problem);
            }
            BigDecimal share = e.getValue();
            if (share == null) {
                errors.add(field + "." + e.getKey(), "share is required");
                continue;
            }
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                errors.add(field + "." + e.getKey(), "share must be between 0 and 1");
            }
            sum = sum.add(share);
        }
        if (!shares.isEmpty() && sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
            errors.add(field, "shares must sum to 1 (within 0.005), they sum to " + sum.stripTrailingZeros().toPlainString());
        }
    }
}
