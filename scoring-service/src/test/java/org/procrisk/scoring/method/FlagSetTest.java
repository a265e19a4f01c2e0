package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FlagSetTest {

    @Test
    void holdsTheFlagsOfItsBitsInNameOrder() {
        FlagSet flags = FlagSet.of(FlagSet.bit(Flag.UNKNOWN_SUPPLIER) | FlagSet.bit(Flag.EXPORT_CONTROLLED)
                | FlagSet.bit(Flag.NO_DATA));

        assertThat(flags).containsExactly(Flag.EXPORT_CONTROLLED, Flag.NO_DATA, Flag.UNKNOWN_SUPPLIER);
        assertThat(flags).hasSize(3);
        assertThat(flags.contains(Flag.NO_DATA)).isTrue();
        assertThat(flags.contains(Flag.UNKNOWN_PART)).isFalse();
        assertThat(flags.contains("NO_DATA")).isFalse();
    }

    @Test
    void equalsAnySetWithTheSameFlags() {
        Set<Flag> enumSet = EnumSet.of(Flag.DECLARED_SOURCING, Flag.SUSPENSION_LAPSED);
        FlagSet flags = FlagSet.copyOf(enumSet);

        assertThat(flags).isEqualTo(enumSet);
        assertThat(enumSet).isEqualTo(flags);
        assertThat(flags.hashCode()).isEqualTo(enumSet.hashCode());
        assertThat(FlagSet.of(0)).isEqualTo(Set.of()).isEmpty();
    }

    @Test
    void isSharedPerCombinationAndReadOnly() {
        FlagSet flags = FlagSet.copyOf(EnumSet.of(Flag.HIGHLY_CONCENTRATED));

        assertThat(FlagSet.copyOf(Set.of(Flag.HIGHLY_CONCENTRATED))).isSameAs(flags);
        assertThat(FlagSet.copyOf(flags)).isSameAs(flags);
        assertThatThrownBy(() -> flags.add(Flag.NO_DATA)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> flags.remove(Flag.HIGHLY_CONCENTRATED)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(flags).containsExactly(Flag.HIGHLY_CONCENTRATED);
    }
}
