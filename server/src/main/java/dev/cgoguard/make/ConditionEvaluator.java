package dev.cgoguard.make;

import dev.cgoguard.condition.Condition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides {@code ifeq}/{@code ifneq}/{@code ifdef}/{@code ifndef}. When the answer depends on an
 * unknown value, the alternative's {@link Decisions} choose, and the condition is named after the
 * variable when it can be ({@code "when STATIC=1"}, {@code "when DEBUG is defined"}).
 */
final class ConditionEvaluator {
    private static final Pattern PLAIN_REFERENCE = Pattern.compile("\\$[({]([A-Za-z0-9_.-]+)[)}]");
    /** {@code $(strip $(NAME))}: compiled once, not at each comparison an alternative reads. */
    private static final Pattern STRIPPED_REFERENCE = Pattern.compile("\\$\\(strip \\$[({]([A-Za-z0-9_.-]+)[)}]\\)");

    private final MakeExpander expander;
    private final VariableScope globals;
    private final Decisions decisions;

    ConditionEvaluator(MakeExpander expander, VariableScope globals, Decisions decisions) {
        this.expander = expander;
        this.globals = globals;
        this.decisions = decisions;
    }

    /** The outcome of a directive ({@code ifeq}, ...) with its argument text, or null when malformed. */
    Boolean evaluate(String directive, String argument) {
        return switch (directive) {
            case "ifdef" -> defined(argument);
            case "ifndef" -> negate(defined(argument));
            case "ifeq" -> equal(argument);
            case "ifneq" -> negate(equal(argument));
            default -> null;
        };
    }

    private static Boolean negate(Boolean b) {
        return b == null ? null : !b;
    }

    private Boolean defined(String argument) {
        String name = expander.expand(argument, globals).strip();
        MakeVariable v = globals.lookup(name);
        if (v != null && !MakeUnknown.contains(v.value())) {
            return !v.value().isEmpty();
        }
        if (v == null && !expander.host().environmentUnknown(name)) {
            String env = expander.host().environment(name);
            return env != null && !env.isEmpty();
        }
        String shown = MakeUnknown.contains(name) ? MakeUnknown.render(name) : name;
        String subject = v != null ? subject(v.value()) : MakeUnknown.contains(name) ? MakeUnknown.render(name) : "$(" + name + ")";
        boolean unsetByDefault = v == null && !MakeUnknown.contains(name) || v != null && fromEnvironment(v.value());
        return decisions.decide(Condition.set(subject, shown, true, unsetByDefault));
    }

    private Boolean equal(String argument) {
        List<String> sides = sides(argument.strip());
        if (sides == null) {
            return null;
        }
        String left = expander.expand(sides.get(0), globals);
        String right = expander.expand(sides.get(1), globals);
        if (!MakeUnknown.contains(left) && !MakeUnknown.contains(right)) {
            return left.equals(right);
        }
        String name = null;
        String value = null;
        String unknown = null;
        if (!MakeUnknown.contains(right)) {
            name = unknownName(left, sides.get(0));
            value = right;
            unknown = left;
        } else if (!MakeUnknown.contains(left)) {
            name = unknownName(right, sides.get(1));
            value = left;
            unknown = right;
        }
        if (name != null) {
            String stripped = unknown.strip();
            if (MakeUnknown.soleSource(stripped) == null) {
                // a known part around the unknown one: the comparison can still be decided on the known part
                String shown = "'" + MakeUnknown.render(unknown) + "' equals '" + value + "'";
                return decisions.decide(Condition.test(shown, true, "when " + name + "=" + value, "when " + name + " is not " + value));
            }
            return decisions.decide(Condition.equal(subject(stripped), name, value.strip(), true, fromEnvironment(stripped)));
        }
        String shown = "'" + MakeUnknown.render(left) + "' equals '" + MakeUnknown.render(right) + "'";
        return decisions.decide(Condition.test(shown, true, "when " + shown, "when not " + shown));
    }

    /** What an unknown value is about, so that questions about one value answer each other: its source. */
    private static String subject(String unknown) {
        String source = MakeUnknown.soleSource(unknown.strip());
        return source != null ? source : MakeUnknown.render(unknown.strip());
    }

    /**
     * True when the unknown value is that of a variable only the environment can set (it is unset in
     * the modelled build), not the output of a command or the like.
     */
    private boolean fromEnvironment(String unknown) {
        String source = MakeUnknown.soleSource(unknown.strip());
        if (source == null) {
            return false;
        }
        Matcher m = PLAIN_REFERENCE.matcher(source);
        return m.matches() && expander.host().environmentUnknown(m.group(1));
    }

    /** A short name for an unknown side: the variable it refers to, or its text. */
    private static String unknownName(String expanded, String written) {
        String source = MakeUnknown.soleSource(expanded.strip());
        if (source != null) {
            Matcher m = PLAIN_REFERENCE.matcher(source);
            if (m.matches()) {
                return m.group(1);
            }
        }
        Matcher m = PLAIN_REFERENCE.matcher(written.strip());
        if (m.matches()) {
            return m.group(1);
        }
        Matcher strip = STRIPPED_REFERENCE.matcher(written.strip());
        if (strip.matches()) {
            return strip.group(1);
        }
        return written.strip().length() <= 60 ? written.strip() : MakeUnknown.render(expanded.strip());
    }

    /** The two sides of {@code (a,b)}, {@code "a" "b"} or {@code 'a' 'b'}, or null. */
    static List<String> sides(String text) {
        if (text.startsWith("(")) {
            int close = MakeExpander.closing(text, 1, '(', ')');
            if (close < 0) {
                return null;
            }
            String inner = text.substring(1, close);
            int comma = MakeExpander.topLevel(inner, ',', '(', ')');
            if (comma < 0) {
                return null;
            }
            return List.of(inner.substring(0, comma).stripTrailing(), inner.substring(comma + 1).stripLeading());
        }
        if (text.isEmpty() || (text.charAt(0) != '"' && text.charAt(0) != '\'')) {
            return null;
        }
        int end1 = text.indexOf(text.charAt(0), 1);
        if (end1 < 0) {
            return null;
        }
        String rest = text.substring(end1 + 1).strip();
        if (rest.isEmpty() || (rest.charAt(0) != '"' && rest.charAt(0) != '\'')) {
            return null;
        }
        int end2 = rest.indexOf(rest.charAt(0), 1);
        if (end2 < 0) {
            return null;
        }
        return List.of(text.substring(1, end1), rest.substring(1, end2));
    }
}
