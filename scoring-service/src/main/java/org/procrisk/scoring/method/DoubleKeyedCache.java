package org.procrisk.scoring.method;

import java.util.function.DoubleFunction;

/**
 * A lossy cache of values derived from a double, for the few hundred shares and masses an order book
 * repeats: one slot per hash of the key, the newest value wins a slot. A lookup is an array read, no
 * boxing of the key and no map; a hash map of boxed doubles cost as much as the formatting it saved.
 * Slots hold immutable entries, so a racing reader sees a whole entry or another one, never a torn pair.
 */
public final class DoubleKeyedCache<V> {

    private final Entry<V>[] slots;
    private final DoubleFunction<V> compute;

    private record Entry<V>(long bits, V value) {
    }

    /** {@code size} is rounded up to a power of two. */
    @SuppressWarnings("unchecked")
    public DoubleKeyedCache(int size, DoubleFunction<V> compute) {
        this.slots = new Entry[Integer.highestOneBit(Math.max(size - 1, 1)) << 1];
        this.compute = compute;
    }

    public V get(double key) {
        long bits = Double.doubleToRawLongBits(key);
        long mixed = bits * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 40) & (slots.length - 1);
        Entry<V> entry = slots[slot];
        if (entry != null && entry.bits == bits) {
            return entry.value;
        }
        V value = compute.apply(key);
        slots[slot] = new Entry<>(bits, value);
        return value;
    }
}
