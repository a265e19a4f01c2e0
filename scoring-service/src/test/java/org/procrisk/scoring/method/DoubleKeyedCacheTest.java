package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DoubleKeyedCacheTest {

    @Test
    void computesAKeyOnceWhileItKeepsItsSlot() {
        AtomicInteger computed = new AtomicInteger();
        DoubleKeyedCache<String> cache = new DoubleKeyedCache<>(64, d -> {
            computed.incrementAndGet();
            return BigDecimal.valueOf(d).toPlainString();
        });
        assertThat(cache.get(0.010201)).isEqualTo("0.010201");
        assertThat(cache.get(0.010201)).isEqualTo("0.010201");
        assertThat(computed).hasValue(1);
    }

    @Test
    void keysSharingASlotEachGetTheirOwnValue() {
        DoubleKeyedCache<BigDecimal> cache = new DoubleKeyedCache<>(1, BigDecimal::valueOf);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 100; i++) {
                double share = i / 1000.0;
                assertThat(cache.get(share)).isEqualTo(BigDecimal.valueOf(share));
            }
        }
    }

    @Test
    void aFewHundredKeysInAThousandSlotsAreComputedOnceEach() {
        AtomicInteger computed = new AtomicInteger();
        DoubleKeyedCache<BigDecimal> cache = new DoubleKeyedCache<>(1024, d -> {
            computed.incrementAndGet();
            return BigDecimal.valueOf(d);
        });
        for (int round = 0; round < 5; round++) {
            for (int i = 1; i <= 40; i++) {
                cache.get(i / 1000.0);
            }
        }
        // one slot per key lost two or three of these 40 shares on every round; two slots keep them all
        assertThat(computed).hasValue(40);
    }

    @Test
    void negativeZeroIsItsOwnKey() {
        DoubleKeyedCache<String> cache = new DoubleKeyedCache<>(16, Double::toString);
        assertThat(cache.get(0.0)).isEqualTo("0.0");
        assertThat(cache.get(-0.0)).isEqualTo("-0.0");
    }
}
