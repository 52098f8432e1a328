package dev.cgoguard.condition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a command runs: one or more alternative sets of {@link Condition}s (each set holding all
 * together), as Make conditionals and shell branches give them. Alternatives that contradict
 * themselves are never kept; alternatives that differ only in the outcome of one question are one
 * alternative without it. {@link #ALWAYS} is one empty set: the command runs in every case.
 */
public final class When {
    /** At most this many alternatives are kept: a command found under more is taken to run in more cases than said. */
    static final int MAX_ALTERNATIVES = 256;
    /** At most this many alternatives are written out in words. */
    private static final int SHOWN = 3;

    public static final When ALWAYS = new When(List.of(List.of()));
    public static final When NEVER = new When(List.of());

    private final List<List<Condition>> terms;

    private When(List<List<Condition>> terms) {
        this.terms = terms;
    }

    /** The conditions that all hold together; never for a set that contradicts itself. */
    public static When all(List<Condition> conditions) {
        List<Condition> term = new ArrayList<>();
        for (Condition c : conditions) {
            if (term.stream().anyMatch(t -> t.contradicts(c))) {
                return NEVER;
            }
            if (term.stream().noneMatch(t -> t.key().equals(c.key()))) {
                term.add(c);
            }
        }
        return term.isEmpty() ? ALWAYS : new When(List.of(List.copyOf(term)));
    }

    /** Both this and the other hold. */
    public When and(When other) {
        if (always()) {
            return other;
        }
        if (other.always()) {
            return this;
        }
        List<List<Condition>> out = new ArrayList<>();
        for (List<Condition> a : terms) {
            for (List<Condition> b : other.terms) {
                List<Condition> both = new ArrayList<>(a);
                both.addAll(b);
                When joined = all(both);
                out.addAll(joined.terms);
            }
        }
        return simplified(out);
    }

    /** This or the other holds. */
    public When or(When other) {
        List<List<Condition>> out = new ArrayList<>(terms);
        out.addAll(other.terms);
        return simplified(out);
    }

    /** The alternatives, each a set of conditions that hold together. */
    public List<List<Condition>> terms() {
        return terms;
    }

    /** True when the command runs in every case. */
    public boolean always() {
        return terms.stream().anyMatch(List::isEmpty);
    }

    public boolean never() {
        return terms.isEmpty();
    }

    /**
     * True when the command runs in the modelled build: some alternative holds there whatever the
     * model leaves open (each of its conditions is the model's outcome or a circumstance that is said).
     */
    public boolean modeled() {
        return terms.stream().anyMatch(term -> term.stream().allMatch(c -> Boolean.TRUE.equals(c.modeled())));
    }

    /** The conditions every alternative has. */
    public List<Condition> common() {
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Condition> common = new ArrayList<>(terms.get(0));
        for (List<Condition> term : terms) {
            common.removeIf(c -> !term.contains(c));
        }
        return common;
    }

    /**
     * The conditions in words, without what follows from the rest: {@code when STATIC=1},
     * {@code when A=1, or when B is set}; empty when the command runs always. For a command that runs
     * in the modelled build only the conditions common to every alternative are said (they are what
     * selects it); otherwise the alternatives, at most three, then how many more.
     */
    public String text() {
        if (always() || terms.isEmpty()) {
            return "";
        }
        if (modeled() || terms.size() == 1) {
            return words(common());
        }
        List<String> shown = new ArrayList<>();
        for (List<Condition> term : terms) {
            if (shown.size() == SHOWN) {
                break;
            }
            shown.add(words(term));
        }
        String text = String.join(", or ", shown);
        return terms.size() > SHOWN ? text + ", or in " + (terms.size() - SHOWN) + " other combinations" : text;
    }

    /** The conditions of one alternative in words, leaving out those another implies. */
    private static String words(List<Condition> term) {
        List<String> out = new ArrayList<>();
        for (Condition c : term) {
            boolean implied = term.stream().anyMatch(o -> o != c && !o.key().equals(c.key()) && o.implies(c));
            if (!implied) {
                out.add(c.text());
            }
        }
        return String.join(" and ", out);
    }

    /** Merges alternatives that differ in one outcome, and drops those another one contains. */
    private static When simplified(List<List<Condition>> input) {
        List<Set<Condition>> terms = new ArrayList<>();
        for (List<Condition> t : input) {
            Set<Condition> set = new LinkedHashSet<>(t);
            if (!terms.contains(set)) {
                terms.add(set);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < terms.size(); i++) {
                for (int j = 0; j < terms.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    Set<Condition> a = terms.get(i);
                    Set<Condition> b = terms.get(j);
                    if (b.containsAll(a)) {
                        terms.remove(j);
                        changed = true;
                        break outer;
                    }
                    Condition differing = onlyComplement(a, b);
                    if (differing != null) {
                        Set<Condition> merged = new LinkedHashSet<>(a);
                        merged.remove(differing);
                        terms.set(i, merged);
                        terms.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        List<List<Condition>> out = new ArrayList<>();
        for (Set<Condition> t : terms) {
            out.add(List.copyOf(t));
            if (out.size() == MAX_ALTERNATIVES) {
                break;
            }
        }
        return new When(List.copyOf(out));
    }

    /** The condition of {@code a} whose complement is in {@code b} when that is their only difference, else null. */
    private static Condition onlyComplement(Set<Condition> a, Set<Condition> b) {
        if (a.size() != b.size()) {
            return null;
        }
        Condition found = null;
        for (Condition c : a) {
            if (b.contains(c)) {
                continue;
            }
            if (found != null || b.stream().noneMatch(c::complements)) {
                return null;
            }
            found = c;
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof When other)) {
            return false;
        }
        return terms.stream().map(Set::copyOf).collect(java.util.stream.Collectors.toSet())
                .equals(other.terms.stream().map(Set::copyOf).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public int hashCode() {
        return terms.stream().map(Set::copyOf).collect(java.util.stream.Collectors.toSet()).hashCode();
    }

    @Override
    public String toString() {
        return always() ? "always" : never() ? "never" : text();
    }
}
