package org.procrisk.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The plain text of a decimal is always {@code toPlainString}'s, whichever of the two it comes from. */
class PlainDecimalAdapterTest {

    @Test
    void handWorkedValues() {
        assertThat(PlainDecimalAdapter.plain(new BigDecimal("12400.00"))).isEqualTo("12400.00");
        assertThat(PlainDecimalAdapter.plain(new BigDecimal("1.24E+4"))).isEqualTo("12400");
        assertThat(PlainDecimalAdapter.plain(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(PlainDecimalAdapter.plain(BigDecimal.valueOf(1e-7))).isEqualTo("0.00000010");
        assertThat(PlainDecimalAdapter.plain(new BigDecimal("0.000000"))).isEqualTo("0.000000");
        assertThat(PlainDecimalAdapter.plain(new BigDecimal("-5.25"))).isEqualTo("-5.25");
    }

    @Test
    void agreesWithToPlainStringOnEveryScaleAndSize() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            long unscaled = random.nextLong() >> random.nextInt(64);
            int scale = random.nextInt(40) - 12;
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            assertThat(PlainDecimalAdapter.plain(value)).as("%s scale %d", unscaled, scale).isEqualTo(value.toPlainString());
        }
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(20) - 12));
            assertThat(PlainDecimalAdapter.plain(value)).isEqualTo(value.toPlainString());
        }
    }
}
