package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The elements of an indexed bash array ({@code a=( w1 "w 2" )}, {@code a[3]=v}), by index; bash
 * arrays are sparse. Each element is the pieces of its value: known text, and unknown parts as
 * written. An unknown piece that is {@code splittable} came from an unquoted expansion in
 * {@code ( … )} ({@code a=( $FLAGS )}): it may stand for any number of elements, so the indexes
 * and the count from it on are not known, though the words still expand in order.
 */
record ShellArray(SortedMap<Integer, List<Piece>> elements) {
    /** Arrays with more elements than this are kept as unknown only. */
    static final int MAX_ELEMENTS = 4096;

    static final ShellArray EMPTY = new ShellArray(new TreeMap<>());

    ShellArray {
        SortedMap<Integer, List<Piece>> copy = new TreeMap<>();
        elements.forEach((index, pieces) -> copy.put(index, List.copyOf(pieces)));
        elements = Collections.unmodifiableSortedMap(copy);
    }

    /** An array of the given elements from index 0. */
    static ShellArray of(List<List<Piece>> values) {
        return EMPTY.append(values);
    }

    /** One element standing for what is not known: any number of words, including none. */
    static List<Piece> unknownElements(String written) {
        return List.of(Piece.unknown(written, false));
    }

    /** True when the indexes are known: no element may stand for several. */
    boolean exact() {
        return elements.values().stream().flatMap(List::stream).noneMatch(p -> !p.known() && p.splittable());
    }

    /** This array with {@code values} appended after the highest index, as {@code a+=( … )} does. */
    ShellArray append(List<List<Piece>> values) {
        SortedMap<Integer, List<Piece>> next = new TreeMap<>(elements);
        int index = elements.isEmpty() ? 0 : elements.lastKey() + 1;
        for (List<Piece> value : values) {
            next.put(index++, value);
        }
        return new ShellArray(next);
    }

    /** This array with element {@code index} set. */
    ShellArray with(int index, List<Piece> value) {
        SortedMap<Integer, List<Piece>> next = new TreeMap<>(elements);
        next.put(index, value);
        return new ShellArray(next);
    }

    ShellArray without(int index) {
        SortedMap<Integer, List<Piece>> next = new TreeMap<>(elements);
        next.remove(index);
        return new ShellArray(next);
    }

    /** A written index as bash reads it: a negative one counts back from the highest index plus one. */
    Integer resolve(long index) {
        long resolved = index < 0 ? (elements.isEmpty() ? 0 : elements.lastKey() + 1L) + index : index;
        return resolved < 0 || resolved > Integer.MAX_VALUE - 1 ? null : (int) resolved;
    }

    /** The pieces of element {@code index}; empty known text when unset. */
    List<Piece> element(int index) {
        return elements.getOrDefault(index, List.of(Piece.quoted("")));
    }

    int size() {
        return elements.size();
    }

    /** True when the array is small enough to keep. */
    boolean withinLimits() {
        if (elements.size() > MAX_ELEMENTS) {
            return false;
        }
        long chars = 0;
        for (List<Piece> value : elements.values()) {
            for (Piece piece : value) {
                chars += piece.text().length();
            }
        }
        return chars <= WordExpander.MAX_VALUE_LENGTH;
    }

    /** The values in index order. */
    List<List<Piece>> values() {
        return new ArrayList<>(elements.values());
    }

    /** The value of element 0 as a scalar ({@code $a}): known empty when unset. */
    ShellValue firstValue(String written) {
        List<Piece> first = elements.get(0);
        return first == null ? ShellValue.known("") : WordExpander.join(first, written);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ShellArray that
                && Objects.equals(elements, that.elements);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(elements);
        return hash;
    }
}
