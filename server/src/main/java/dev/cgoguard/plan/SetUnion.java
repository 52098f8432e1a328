package dev.cgoguard.plan;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An unmodifiable union of sets that answers {@link #contains} by asking its parts, without copying
 * them. The files a Makefile's plans read are mostly the same few thousand Go files behind each of
 * its go commands; asking whether an edited file is among them must not cost a copy per keystroke.
 * Iterating (and so {@code size}, {@code equals}, {@code hashCode}) builds the union once.
 */
final class SetUnion<T> extends AbstractSet<T> {
    private final List<Set<T>> parts;
    private volatile Set<T> union;

    SetUnion(List<Set<T>> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public boolean contains(Object o) {
        for (Set<T> part : parts) {
            if (part.contains(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<T> iterator() {
        return union().iterator();
    }

    @Override
    public int size() {
        return union().size();
    }

    private Set<T> union() {
        Set<T> built = union;
        if (built == null) {
            Set<T> all = new LinkedHashSet<>();
            parts.forEach(all::addAll);
            built = Collections.unmodifiableSet(all);
            union = built;
        }
        return built;
    }
}
