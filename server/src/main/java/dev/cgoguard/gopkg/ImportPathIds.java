package dev.cgoguard.gopkg;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the import paths a package graph meets, from 0 up without gaps, once each: a walk then
 * marks the packages it reaches in arrays indexed by these numbers instead of maps keyed by path.
 * Safe for concurrent use.
 */
final class ImportPathIds {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The number of an import path, given it the first time it is asked. */
    int of(String importPath) {
        Integer id = ids.get(importPath);
        return id != null ? id : ids.computeIfAbsent(importPath, p -> next.getAndIncrement());
    }

    /** The number of an import path, or -1 when it has none yet. */
    int find(String importPath) {
        Integer id = ids.get(importPath);
        return id == null ? -1 : id;
    }
}
