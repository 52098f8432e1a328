package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A build constraint expression: a tag, its negation, or a conjunction/disjunction. Parsed from a
 * {@code //go:build} line or from legacy {@code // +build} lines. The parsers return null for a
 * malformed line, so that the caller decides (the go command rejects such a file).
 */
public sealed interface BuildConstraint {
    boolean eval(Predicate<String> tagSet);

    record Tag(String name) implements BuildConstraint {
        @Override
        public boolean eval(Predicate<String> tagSet) {
            return tagSet.test(name);
        }
    }

    record Not(BuildConstraint operand) implements BuildConstraint {
        @Override
        public boolean eval(Predicate<String> tagSet) {
            return !operand.eval(tagSet);
        }
    }

    record And(List<BuildConstraint> operands) implements BuildConstraint {
        @Override
        public boolean eval(Predicate<String> tagSet) {
            for (BuildConstraint operand : operands) {
                if (!operand.eval(tagSet)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(List<BuildConstraint> operands) implements BuildConstraint {
        @Override
        public boolean eval(Predicate<String> tagSet) {
            for (BuildConstraint operand : operands) {
                if (operand.eval(tagSet)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Parses the expression of a {@code //go:build} line (the text after {@code //go:build}):
     * tags, {@code !}, {@code &&}, {@code ||} and parentheses. Returns null when it is malformed.
     */
    static BuildConstraint parseGoBuild(String expression) {
        return new GoBuildExpressionParser(expression).parse();
    }

    /**
     * Parses the arguments of one legacy {@code // +build} line: space-separated options (any may
     * hold), each a comma-separated list of terms (all must hold), a term optionally negated by {@code !}.
     */
    static BuildConstraint parsePlusBuild(String arguments) {
        List<BuildConstraint> options = new ArrayList<>();
        for (String option : arguments.trim().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            List<BuildConstraint> terms = new ArrayList<>();
            for (String term : option.split(",")) {
                boolean negated = false;
                while (term.startsWith("!")) {
                    negated = !negated;
                    term = term.substring(1);
                }
                if (!GoBuildExpressionParser.isTagName(term)) {
                    return null;
                }
                BuildConstraint tag = new Tag(term);
                terms.add(negated ? new Not(tag) : tag);
            }
            options.add(terms.size() == 1 ? terms.get(0) : new And(terms));
        }
        if (options.isEmpty()) {
            return null;
        }
        return options.size() == 1 ? options.get(0) : new Or(options);
    }
}
