package org.procrisk.scoring.method;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Probabilities are computed in double; before they are rounded for output or multiplied into money
 * they are cut to 12 decimals, so binary noise (0.6794874999999999 for 0.6794875) cannot flip a
 * HALF_UP rounding at the 6th decimal or at the cent.
 */
public final class Precision {

    private static final int NOISE_SCALE = 12;

    private Precision() {
    }

    public static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(NOISE_SCALE, RoundingMode.HALF_UP);
    }

    /** HALF_UP to 6 decimals, as probabilities, shares and risks are published. */
    public static BigDecimal probability(double value) {
        return exact(value).setScale(6, RoundingMode.HALF_UP);
    }
}
