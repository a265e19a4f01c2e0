package org.procrisk.scoring.method;

import java.util.function.DoubleFunction;

/**
 * A lossy cache of values derived from a double, for the few hundred shares and masses an order book
 * repeats. Each key has two candidate slots (the two halves of one 64-bit hash); a new value
 * takes an empty one, else the second. A lookup is two array reads at most, no boxing of the key and
 * no map: a hash map of boxed doubles cost as much as the formatting it saved. With one slot per key,
 * two shares of the same order landing in it evicted each other on every order.
 * Slots hold immutable entries, so a racing reader sees a whole entry or another one, never a torn pair.
 */
public final class DoubleKeyedCache<V> {

    private final Entry<V>[] slots;
    private final int mask;
    private final DoubleFunction<V> compute;

    private record Entry<V>(long bits, V value) {
    }

    /** {@code size} is rounded up to a power of two. */
    @SuppressWarnings("unchecked")
    public DoubleKeyedCache(int size, DoubleFunction<V> compute) {
        this.slots = new Entry[Integer.highestOneBit(Math.max(size - 1, 1)) << 1];
        this.mask = slots.length - 1;
        this.compute = compute;
    }

    public V get(double key) {
        long bits = Double.doubleToRawLongBits(key);
        // SplitMix64's finaliser: shares such as 0.01 and 0.02 differ only in their exponent bits
        long mixed = (bits ^ (bits >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        mixed ^= mixed >>> 31;
        int first = (int) mixed & mask;
        int second = (int) (mixed >>> 32) & mask;
        Entry<V> entry = slots[first];
        if (entry != null && entry.bits == bits) {
            return entry.value;
        }
        Entry<V> other = slots[second];
        if (other != null && other.bits == bits) {
            return other.value;
        }
        V value = compute.apply(key);
        slots[entry == null ? first : second] = new Entry<>(bits, value);
        return value;
    }
}
