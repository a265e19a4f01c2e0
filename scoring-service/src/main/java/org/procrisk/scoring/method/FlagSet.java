package org.procrisk.scoring.method;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A line's flags as a read-only set shared by every line with the same ones (2^9 combinations at
 * most). Lines are built for every order line scored, and an EnumSet per line, copied and wrapped
 * read-only, was three objects for what one int says.
 */
public final class FlagSet extends AbstractSet<Flag> {

    private static final Flag[] FLAGS = Flag.values();
    private static final AtomicReferenceArray<FlagSet> SHARED = new AtomicReferenceArray<>(1 << FLAGS.length);

    private final int mask;

    private FlagSet(int mask) {
        this.mask = mask;
    }

    /** The set whose flags are the bits of {@code mask} ({@link #bit}). */
    public static FlagSet of(int mask) {
        FlagSet set = SHARED.get(mask);
        if (set == null) {
            set = new FlagSet(mask);
            SHARED.set(mask, set);
        }
        return set;
    }

    public static FlagSet copyOf(Set<Flag> flags) {
        if (flags instanceof FlagSet set) {
            return set;
        }
        int mask = 0;
        for (Flag flag : flags) {
            mask |= bit(flag);
        }
        return of(mask);
    }

    public static int bit(Flag flag) {
        return 1 << flag.ordinal();
    }

    /** The flags as bits, {@link #bit} of each. */
    public int mask() {
        return mask;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Flag flag && (mask & bit(flag)) != 0;
    }

    @Override
    public int size() {
        return Integer.bitCount(mask);
    }

    /** In declaration order, which is name order. */
    @Override
    public Iterator<Flag> iterator() {
        return new Iterator<>() {
            private int rest = mask;

            @Override
            public boolean hasNext() {
                return rest != 0;
            }

            @Override
            public Flag next() {
                if (rest == 0) {
                    throw new NoSuchElementException();
                }
                int ordinal = Integer.numberOfTrailingZeros(rest);
                rest &= rest - 1;
                return FLAGS[ordinal];
            }
        };
    }
}
