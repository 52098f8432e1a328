package dev.cgoguard.condition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Merges alternatives that differ in one outcome, and drops those another one contains. The
     * distinct conditions are numbered once, so that the alternatives are compared as sets of numbers
     * (an edit's analysis merges the same alternatives for every plan of a Makefile).
     */
    private static When simplified(List<List<Condition>> input) {
        Numbering numbering = new Numbering();
        List<Term> terms = new ArrayList<>();
        for (List<Condition> t : input) {
            Term term = numbering.term(t);
            if (!terms.contains(term)) {
                terms.add(term);
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
                    Term a = terms.get(i);
                    Term b = terms.get(j);
                    if (b.containsAll(a)) {
                        terms.remove(j);
                        changed = true;
                        break outer;
                    }
                    int differing = onlyComplement(a, b, numbering);
                    if (differing >= 0) {
                        terms.set(i, a.without(differing));
                        terms.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        List<List<Condition>> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(numbering.conditions(t));
            if (out.size() == MAX_ALTERNATIVES) {
                break;
            }
        }
        return new When(List.copyOf(out));
    }

    /** The distinct conditions of one simplification, numbered in the order first seen, with their questions numbered too. */
    private static final class Numbering {
        private final Map<Condition, Integer> numbers = new HashMap<>();
        private final Map<String, Integer> keys = new HashMap<>();
        private final List<Condition> conditions = new ArrayList<>();
        /** By number: the number of the condition's question (its key), -1 for a circumstance, which has no other outcome. */
        private final List<Integer> questions = new ArrayList<>();

        Term term(List<Condition> given) {
            int[] order = new int[given.size()];
            BitSet members = new BitSet();
            int size = 0;
            for (Condition c : given) {
                int number = numbers.computeIfAbsent(c, this::numbered);
                if (!members.get(number)) {
                    members.set(number);
                    order[size++] = number;
                }
            }
            return new Term(Arrays.copyOf(order, size), members);
        }

        private int numbered(Condition c) {
            conditions.add(c);
            questions.add(keys.computeIfAbsent(c.key(), k -> keys.size()));
            return conditions.size() - 1;
        }

        /** True when the condition numbered {@code a} is the other outcome of {@code b}'s question. */
        boolean complements(int a, int b) {
            Condition c = conditions.get(a);
            return c.kind() != Condition.Kind.CIRCUMSTANCE && questions.get(a).equals(questions.get(b))
                    && c.holds() != conditions.get(b).holds();
        }

        List<Condition> conditions(Term term) {
            List<Condition> out = new ArrayList<>(term.order().length);
            for (int number : term.order()) {
                out.add(conditions.get(number));
            }
            return List.copyOf(out);
        }
    }

    /** One alternative as numbered conditions: in the order given (first of equal ones) and as a set. */
    private record Term(int[] order, BitSet members) {
        boolean containsAll(Term other) {
            for (int number : other.order) {
                if (!members.get(number)) {
                    return false;
                }
            }
            return true;
        }

        Term without(int number) {
            int[] rest = new int[order.length - 1];
            int k = 0;
            for (int n : order) {
                if (n != number) {
                    rest[k++] = n;
                }
            }
            BitSet left = (BitSet) members.clone();
            left.clear(number);
            return new Term(rest, left);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Term other && members.equals(other.members);
        }

        @Override
        public int hashCode() {
            return members.hashCode();
        }
    }

    /** The condition of {@code a} whose complement is in {@code b} when that is their only difference, else -1. */
    private static int onlyComplement(Term a, Term b, Numbering numbering) {
        if (a.order().length != b.order().length) {
            return -1;
        }
        int found = -1;
        for (int c : a.order()) {
            if (b.members().get(c)) {
                continue;
            }
            if (found >= 0 || !complementIn(c, b, numbering)) {
                return -1;
            }
            found = c;
        }
        return found;
    }

    private static boolean complementIn(int c, Term b, Numbering numbering) {
        for (int d : b.order()) {
            if (numbering.complements(c, d)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof When other)) {
            return false;
        }
        return terms.stream().map(Set::copyOf).collect(Collectors.toSet())
                .equals(other.terms.stream().map(Set::copyOf).collect(Collectors.toSet()));
    }

    @Override
    public int hashCode() {
        return terms.stream().map(Set::copyOf).collect(Collectors.toSet()).hashCode();
    }

    @Override
    public String toString() {
        return always() ? "always" : never() ? "never" : text();
    }
}
