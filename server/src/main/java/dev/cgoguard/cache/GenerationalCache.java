package dev.cgoguard.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo of a pure function, for an editor that computes nearly the same things after each
 * keystroke. Bounded by generations: once the young generation is full it becomes the old one and
 * the former old one is dropped; a value found in the old generation moves back to the young one.
 * So what the last runs used stays, and at most two generations are held. Safe to share between
 * threads (two threads may compute the same value once each).
 */
public final class GenerationalCache<K, V> {
    private final int generationSize;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    public GenerationalCache(int generationSize) {
        this.generationSize = generationSize;
    }

    /** The value for {@code key}: kept, or computed by {@code function} (which must not return null) and kept. */
    public V get(K key, Function<K, V> function) {
        V value = young.get(key);
        if (value != null) {
            return value;
        }
        value = old.get(key);
        if (value == null) {
            value = function.apply(key);
        }
        remember(key, value);
        return value;
    }

    /** How many values are kept (both generations). */
    public int size() {
        return young.size() + old.size();
    }

    private synchronized void remember(K key, V value) {
        if (young.size() >= generationSize) {
            old = young;
            young = new ConcurrentHashMap<>();
        }
        young.put(key, value);
    }
}
