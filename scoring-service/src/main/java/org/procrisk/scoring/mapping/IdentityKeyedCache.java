package org.procrisk.scoring.mapping;

/**
 * A lossy cache keyed by object identity, for immutable objects that stand for their contents (a
 * memoised exposure's stage list). Each key has two candidate slots from its identity hash; a new
 * value takes an empty one, else the second. A hit is two array reads at most, with no key wrapper
 * allocated and no map: an answer looks up every one of its materials.
 * Slots hold immutable entries, so a racing reader sees a whole entry or another one.
 */
final class IdentityKeyedCache<K, V> {

    private final Entry<K, V>[] slots;
    private final int mask;

    private record Entry<K, V>(K key, V value) {
    }

    /** {@code size} is rounded up to a power of two. */
    @SuppressWarnings("unchecked")
    IdentityKeyedCache(int size) {
        this.slots = new Entry[Integer.highestOneBit(Math.max(size - 1, 1)) << 1];
        this.mask = slots.length - 1;
    }

    /** The value cached for this very object, or null. */
    V get(K key) {
        int hash = System.identityHashCode(key);
        Entry<K, V> entry = slots[hash & mask];
        if (entry != null && entry.key == key) {
            return entry.value;
        }
        entry = slots[second(hash)];
        return entry != null && entry.key == key ? entry.value : null;
    }

    V put(K key, V value) {
        int hash = System.identityHashCode(key);
        int first = hash & mask;
        slots[slots[first] == null ? first : second(hash)] = new Entry<>(key, value);
        return value;
    }

    private int second(int hash) {
        return (hash * 0x9E3779B9 >>> 16 ^ hash >>> 7) & mask;
    }
}
