package dev.cgoguard.cache;

/**
 * A key that compares the object it holds by identity, not by {@code equals}: one text object per
 * file version, one package object per module scope, so that a cache never takes two versions or
 * two scopes' packages for one.
 */
public record Identity<T>(T value) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Identity<?> same && same.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
