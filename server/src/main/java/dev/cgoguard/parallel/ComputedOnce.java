package dev.cgoguard.parallel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key by the first thread that asks, while others asking for the same key
 * wait for it. Unlike {@link ConcurrentHashMap#computeIfAbsent}, a long computation holds no lock of
 * the map: threads storing other keys (and the map growing) do not wait for it. A computation that
 * fails is not kept: the next to ask computes again.
 */
public final class ComputedOnce<K, V> {
    private final ConcurrentHashMap<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();

    public V get(K key, Function<? super K, ? extends V> compute) {
        CompletableFuture<V> known = values.get(key);
        if (known == null) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            known = values.putIfAbsent(key, mine);
            if (known == null) {
                try {
                    V value = compute.apply(key);
                    mine.complete(value);
                    return value;
                } catch (RuntimeException | Error e) {
                    values.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return known.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
