package dev.cgoguard.gopkg;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;

/** An unmodifiable set computed the first time it is asked anything, once (safe for several threads). */
final class LazySet<T> extends AbstractSet<T> {
    private final Supplier<Set<T>> compute;
    private volatile Set<T> computed;

    LazySet(Supplier<Set<T>> compute) {
        this.compute = compute;
    }

    private Set<T> set() {
        Set<T> known = computed;
        if (known == null) {
            synchronized (this) {
                known = computed;
                if (known == null) {
                    known = compute.get();
                    computed = known;
                }
            }
        }
        return known;
    }

    @Override
    public boolean contains(Object o) {
        return set().contains(o);
    }

    @Override
    public Iterator<T> iterator() {
        return set().iterator();
    }

    @Override
    public int size() {
        return set().size();
    }
}
