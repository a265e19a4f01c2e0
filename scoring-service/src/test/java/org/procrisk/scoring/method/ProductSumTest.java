package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** ProductSum against the BigDecimal arithmetic it replaces: same unscaled value, same scale. */
class ProductSumTest {

    @Test
    void noLinesIsZeroAsTheBigDecimalSumStarts() {
        assertThat(new ProductSum().result()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void oneLineByHand() {
        ProductSum sum = new ProductSum();
        add(sum, new BigDecimal("59106.06"), 0.495);
        // 5910606 × 495000000000 = 2925749970000000000 (10^-14): 29257.4997 exactly
        assertThat(sum.result()).isEqualTo(new BigDecimal("29257.49970000000000"));
    }

    @Test
    void productsBeyondALongCarryIntoTheHighWord() {
        ProductSum sum = new ProductSum();
        BigDecimal value = new BigDecimal("9999999999999999.99");
        add(sum, value, 0.999999999999);
        add(sum, value, 0.999999999999);
        assertThat(sum.result()).isEqualTo(bigDecimalSum(new BigDecimal[] {value, value}, new double[] {0.999999999999, 0.999999999999}));
    }

    @Test
    void mixedScalesAndHugeValuesGiveTheBigDecimalSum() {
        BigDecimal[] values = {new BigDecimal("12.5"), new BigDecimal("3.75"), new BigDecimal("123456789012345678901.5"),
                new BigDecimal("0.000")};
        double[] p = {0.7323499999999, 0.1, 0.99, 0.5};
        ProductSum sum = new ProductSum();
        for (int i = 0; i < values.length; i++) {
            add(sum, values[i], p[i]);
        }
        assertThat(sum.result()).isEqualTo(bigDecimalSum(values, p));
    }

    @Test
    void randomOrdersGiveTheBigDecimalSum() {
        Random random = new Random(7);
        for (int order = 0; order < 2_000; order++) {
            int lines = 1 + random.nextInt(40);
            int scale = random.nextInt(5);
            BigDecimal[] values = new BigDecimal[lines];
            double[] p = new double[lines];
            ProductSum sum = new ProductSum();
            for (int i = 0; i < lines; i++) {
                values[i] = BigDecimal.valueOf(Math.abs(random.nextLong() >> random.nextInt(63)), scale);
                p[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                add(sum, values[i], p[i]);
            }
            assertThat(sum.result()).isEqualTo(bigDecimalSum(values, p));
        }
    }

    private static void add(ProductSum sum, BigDecimal value, double p) {
        sum.add(value, ProductSum.unscaled(value), p);
    }

    private static BigDecimal bigDecimalSum(BigDecimal[] values, double[] p) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < values.length; i++) {
            sum = sum.add(values[i].multiply(Precision.exact(p[i])));
        }
        return sum;
    }
}
