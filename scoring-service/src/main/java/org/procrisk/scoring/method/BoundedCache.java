package org.procrisk.scoring.method;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A concurrent cache of values that can always be computed again: when it holds {@code maxEntries} it
 * is cleared, which costs recomputation, never correctness, and needs no bookkeeping on the hot path.
 */
public final class BoundedCache<K, V> {

    private final int maxEntries;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    public BoundedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The cached value, or null. */
    public V get(K key) {
        return entries.get(key);
    }

    /** Caches the value (making room first if full) and returns it. */
    public V put(K key, V value) {
        makeRoom();
        entries.put(key, value);
        return value;
    }

    /** The cached value, or the one computed, once, for the key. */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V hit = entries.get(key);
        if (hit != null) {
            return hit;
        }
        makeRoom();
        return entries.computeIfAbsent(key, compute);
    }

    private void makeRoom() {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
    }
}
