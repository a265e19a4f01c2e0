package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Σ value × probability, the probability cut to 12 decimals ({@link Precision#exact}): exactly the
 * BigDecimal that adding {@code value.multiply(Precision.exact(p))} to zero line by line gives, same
 * unscaled value and scale. While every value fits a long at one scale the products are summed as
 * 128-bit integers: a money amount times a 12-decimal probability overflows a long, and the BigInteger
 * arithmetic BigDecimal fell back to for each line was most of what an order's totals cost.
 */
final class ProductSum {

    private static final int PROBABILITY_SCALE = 12;

    private long high;
    private long low;
    private int scale = -1;
    /** The sum in BigDecimal once a value did not fit, or had another scale than the first. */
    private BigDecimal exact;

    /**
     * Adds value × p. {@code unscaled} is the value's unscaled long when it has one (precision at most
     * 18 digits), else {@link Long#MIN_VALUE}. Values are never negative (quantity and price are not).
     */
    void add(BigDecimal value, long unscaled, double probability) {
        long p = Precision.trillionths(probability);
        if (exact == null && unscaled >= 0 && p >= 0 && (scale < 0 || scale == value.scale())) {
            scale = value.scale();
            long productLow = unscaled * p;
            long productHigh = Math.multiplyHigh(unscaled, p);
            long sum = low + productLow;
            high += productHigh + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
            low = sum;
            return;
        }
        if (exact == null) {
            exact = result();
        }
        exact = exact.add(value.multiply(BigDecimal.valueOf(p, PROBABILITY_SCALE)));
    }

    BigDecimal result() {
        if (exact != null) {
            return exact;
        }
        if (scale < 0) {
            return BigDecimal.ZERO;
        }
        if (high == 0 && low >= 0) {
            return BigDecimal.valueOf(low, scale + PROBABILITY_SCALE);
        }
        byte[] magnitude = new byte[16];
        for (int i = 0; i < 8; i++) {
            magnitude[i] = (byte) (high >>> (56 - 8 * i));
            magnitude[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return new BigDecimal(new BigInteger(1, magnitude), scale + PROBABILITY_SCALE);
    }

    /**
     * The value's unscaled long, or {@link Long#MIN_VALUE} when it has none. Through movePointRight, not
     * unscaledValue(): that builds a BigInteger for every line.
     */
    static long unscaled(BigDecimal value) {
        int scale = value.scale();
        return scale >= 0 && value.precision() <= 18 ? value.movePointRight(scale).longValueExact() : Long.MIN_VALUE;
    }
}
