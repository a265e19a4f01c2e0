package org.procrisk.scoring.method;

import java.math.BigDecimal;

/**
 * Probabilities are computed in double; before they are rounded for output or multiplied into money
 * they are cut to 12 decimals, so binary noise (0.6794874999999999 for 0.6794875) cannot flip a
 * HALF_UP rounding at the 6th decimal or at the cent. Done in long arithmetic: it sits on the hot
 * path of every answer, and values are probabilities in [0, 1].
 */
public final class Precision {

    private static final double NOISE_SCALE = 1e12;
    private static final long TO_SIX = 1_000_000L;

    private Precision() {
    }

    /** The value cut to 12 decimals. */
    public static BigDecimal exact(double value) {
        return BigDecimal.valueOf(trillionths(value), 12);
    }

    /** The value cut to 12 decimals, in units of 10^-12: the unscaled long of {@link #exact}. */
    static long trillionths(double value) {
        return Math.round(value * NOISE_SCALE);
    }

    /** HALF_UP to 6 decimals, as probabilities, shares and risks are published. */
    public static BigDecimal probability(double value) {
        long twelve = trillionths(value);
        long six = twelve >= 0 ? (twelve + TO_SIX / 2) / TO_SIX : -((-twelve + TO_SIX / 2) / TO_SIX);
        return BigDecimal.valueOf(six, 6);
    }

    /** HALF_UP to one decimal, for HHI values (0..10000). */
    public static BigDecimal tenths(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1);
    }
}
