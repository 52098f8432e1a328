package dev.cgoguard.shell;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The shell variables of one evaluation scope. A name that was never assigned comes from outside
 * and is unknown; a name that was {@code unset} is known to be empty.
 */
final class Variables {
    /**
     * One variable: its value (null when unset), whether it is exported, and for a value that is only
     * partly known its known and unknown pieces in order (null otherwise); {@code array} holds the
     * elements of an indexed array (null for a scalar), whose element 0 is then the value.
     */
    record Entry(ShellValue value, boolean exported, List<Piece> parts, ShellArray array) {
        Entry(ShellValue value, boolean exported) {
            this(value, exported, null, null);
        }

        Entry(ShellValue value, boolean exported, List<Piece> parts) {
            this(value, exported, parts, null);
        }

        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Entry that
                    && Objects.equals(value, that.value)
                    && exported == that.exported
                    && Objects.equals(parts, that.parts)
                    && Objects.equals(array, that.array);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(value);
            hash = 31 * hash + Boolean.hashCode(exported);
            hash = 31 * hash + Objects.hashCode(parts);
            hash = 31 * hash + Objects.hashCode(array);
            return hash;
        }
    }

    /** Partly known values with more pieces than this are kept as unknown only, so values cannot grow without bound. */
    private static final int MAX_PARTS = 64;

    private final Map<String, Entry> entries;
    /** True when nothing comes from outside ({@code env -i}): names never assigned are unset. */
    private final boolean closed;

    Variables() {
        this(Map.of(), false);
    }

    private Variables(Map<String, Entry> entries, boolean closed) {
        this.entries = new HashMap<>(entries);
        this.closed = closed;
    }

    /** Variables of a process started with an empty environment. */
    static Variables closed() {
        return new Variables(Map.of(), true);
    }

    static Variables from(ShellState state) {
        Variables variables = new Variables();
        state.variables().forEach((name, value) -> variables.entries.put(name,
                new Entry(value, state.exported().contains(name))));
        return variables;
    }

    Variables copy() {
        return new Variables(entries, closed);
    }

    /** What a child process sees: exported variables; set but unexported ones are unset there. */
    Variables forChildProcess() {
        Variables child = new Variables(Map.of(), closed);
        // bash does not export arrays
        entries.forEach((name, entry) -> child.entries.put(name,
                entry.exported() && entry.array() == null ? entry : new Entry(null, false)));
        return child;
    }

    /** The value of a variable: known empty when unset, unknown when it may come from outside. */
    ShellValue get(String name) {
        Entry entry = entries.get(name);
        if (entry == null) {
            return closed ? ShellValue.known("") : ShellValue.unknown("$" + name + " from outside the script");
        }
        return entry.value() == null ? ShellValue.known("") : entry.value();
    }

    /** True when the variable is set (false when unset); null when that is not known. */
    Boolean isSet(String name) {
        Entry entry = entries.get(name);
        if (entry == null) {
            return closed ? Boolean.FALSE : null;
        }
        return entry.value() != null;
    }

    void assign(String name, ShellValue value, boolean export) {
        assign(name, value, export, null);
    }

    /** Assigns a value; {@code parts} keeps what is known of a partly unknown value. */
    void assign(String name, ShellValue value, boolean export, List<Piece> parts) {
        Entry old = entries.get(name);
        boolean keepParts = !value.known() && parts != null && parts.size() <= MAX_PARTS
                && parts.stream().mapToInt(p -> p.text().length()).sum() <= WordExpander.MAX_VALUE_LENGTH;
        entries.put(name, new Entry(value, export || (old != null && old.exported()), keepParts ? List.copyOf(parts) : null));
    }

    /** Stores an indexed array; one too large to keep becomes unknown. */
    void assignArray(String name, ShellArray array, boolean export) {
        if (!array.withinLimits()) {
            assign(name, ShellValue.unknown("array " + name + " (too large)"), export);
            return;
        }
        Entry old = entries.get(name);
        ShellValue first = array.firstValue("${" + name + "[0]}");
        List<Piece> parts = first.known() ? null : array.element(0);
        entries.put(name, new Entry(first, export || (old != null && old.exported()), parts, array));
    }

    /**
     * The variable as an indexed array: its elements; a scalar is element 0 and an unset variable
     * has none; a value not known (from outside, or different on two paths) is one element that may
     * stand for any number of words.
     */
    ShellArray array(String name) {
        Entry entry = entries.get(name);
        if (entry != null && entry.array() != null) {
            return entry.array();
        }
        Boolean set = isSet(name);
        if (Boolean.FALSE.equals(set)) {
            return ShellArray.EMPTY;
        }
        return scalarAsArray(name, set == null ? ShellValue.unknown("${" + name + "[@]}") : get(name));
    }

    boolean isArray(String name) {
        Entry entry = entries.get(name);
        return entry != null && entry.array() != null;
    }

    /** The known and unknown pieces of a partly known value, or null. */
    List<Piece> parts(String name) {
        Entry entry = entries.get(name);
        return entry == null ? null : entry.parts();
    }

    void export(String name) {
        Entry old = entries.get(name);
        if (old == null && closed) {
            return;
        }
        if (old == null) {
            // exporting a variable from outside keeps its unknown value
            entries.put(name, new Entry(ShellValue.unknown("$" + name + " from outside the script"), true));
        } else {
            entries.put(name, new Entry(old.value(), true, old.parts(), old.array()));
        }
    }

    void unset(String name) {
        entries.put(name, new Entry(null, false));
    }

    /** The environment a command sees: exported, set variables, sorted by name. */
    Map<String, ShellValue> exportedEnvironment() {
        Map<String, ShellValue> env = new TreeMap<>();
        entries.forEach((name, entry) -> {
            if (entry.exported() && entry.value() != null && entry.array() == null) {
                env.put(name, entry.value());
            }
        });
        return env;
    }

    /**
     * Merges the outcome of another path (a branch not taken, a loop that ran zero times): a variable
     * whose value differs becomes unknown, exported when either path exports it.
     */
    void mergeAlternative(Variables other, String why) {
        Map<String, Entry> merged = new HashMap<>();
        for (String name : union(other)) {
            Entry mine = entries.get(name);
            Entry theirs = other.entries.get(name);
            if (Objects.equals(mine, theirs)) {
                merged.put(name, mine);
                continue;
            }
            boolean exported = (mine != null && mine.exported()) || (theirs != null && theirs.exported());
            if (mine != null && theirs != null && (mine.array() != null || theirs.array() != null)) {
                merged.put(name, mergedArray(name, asArray(name, mine), asArray(name, theirs), exported, why));
                continue;
            }
            ShellValue a = mine == null ? null : mine.value();
            ShellValue b = theirs == null ? null : theirs.value();
            ShellValue value = Objects.equals(a, b) && mine != null && theirs != null ? a
                    : ShellValue.unknown("$" + name + " " + why);
            merged.put(name, new Entry(value, exported));
        }
        entries.clear();
        entries.putAll(merged);
    }

    /**
     * An array that differs on two paths (an element appended in an if): the elements both paths
     * share from the start stay known, the rest is one element that may stand for any number.
     */
    private static Entry mergedArray(String name, ShellArray a, ShellArray b, boolean exported, String why) {
        SortedMap<Integer, List<Piece>> common = new TreeMap<>();
        var left = a.elements().entrySet().iterator();
        var right = b.elements().entrySet().iterator();
        boolean differs = false;
        while (left.hasNext() || right.hasNext()) {
            if (!left.hasNext() || !right.hasNext()) {
                differs = true;
                break;
            }
            var l = left.next();
            var r = right.next();
            if (!l.equals(r)) {
                differs = true;
                break;
            }
            common.put(l.getKey(), l.getValue());
        }
        ShellArray array = new ShellArray(common);
        if (differs) {
            array = array.append(List.of(ShellArray.unknownElements("${" + name + "[@]} " + why)));
        }
        ShellValue first = array.firstValue("${" + name + "[0]}");
        return new Entry(first, exported, first.known() ? null : array.element(0), array);
    }

    /** An entry read as an array: its elements, a scalar as element 0, an unknown value as elements not known. */
    private static ShellArray asArray(String name, Entry entry) {
        if (entry.array() != null) {
            return entry.array();
        }
        if (entry.value() == null) {
            return ShellArray.EMPTY;
        }
        return scalarAsArray(name, entry.value());
    }

    /** A scalar's value read as an array: element 0 when it is known, else elements not known. */
    private static ShellArray scalarAsArray(String name, ShellValue value) {
        return value.known() ? ShellArray.of(List.of(List.of(Piece.quoted(value.text()))))
                : ShellArray.of(List.of(ShellArray.unknownElements("${" + name + "[@]}")));
    }

    private Set<String> union(Variables other) {
        Set<String> names = new HashSet<>(entries.keySet());
        names.addAll(other.entries.keySet());
        return names;
    }
}
