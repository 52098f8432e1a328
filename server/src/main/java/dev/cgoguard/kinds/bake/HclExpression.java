package dev.cgoguard.kinds.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An HCL expression as parsed, evaluated against the variables in scope: literals, template strings
 * with {@code ${name}} interpolations, lists, objects, variable references, {@code ==}/{@code !=}
 * comparisons, {@code &&}, {@code ||}, {@code !} and the conditional {@code c ? a : b}. Function calls,
 * for expressions, traversals and arithmetic are unknown.
 */
sealed interface HclExpression {
    HclValue evaluate(Function<String, HclValue> variables);

    record Literal(HclValue value) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            return value;
        }
    }

    record Reference(String name) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            HclValue value = variables.apply(name);
            return value == null ? new HclValue.Unknown(name + ", which the file does not set") : value;
        }
    }

    /** A string with interpolations: the literal parts and the expressions between them. */
    record Template(List<Object> parts) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                if (part instanceof String literal) {
                    text.append(literal);
                    continue;
                }
                HclValue value = ((HclExpression) part).evaluate(variables);
                if (value instanceof HclValue.Null) {
                    continue;
                }
                String piece = HclValue.text(value);
                if (piece == null) {
                    return value instanceof HclValue.Unknown ? value : new HclValue.Unknown("a list or object in a string");
                }
                text.append(piece);
            }
            return new HclValue.Text(text.toString());
        }
    }

    record ListOf(List<HclExpression> items) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            List<HclValue> values = new ArrayList<>();
            for (HclExpression item : items) {
                values.add(item.evaluate(variables));
            }
            return new HclValue.ListValue(values);
        }
    }

    record ObjectOf(Map<String, HclExpression> entries) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            Map<String, HclValue> values = new LinkedHashMap<>();
            entries.forEach((key, value) -> values.put(key, value.evaluate(variables)));
            return new HclValue.ObjectValue(values);
        }
    }

    record Comparison(HclExpression left, String operator, HclExpression right) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            HclValue a = left.evaluate(variables);
            HclValue b = right.evaluate(variables);
            if (a instanceof HclValue.Unknown) {
                return a;
            }
            if (b instanceof HclValue.Unknown) {
                return b;
            }
            boolean equal = a.equals(b);
            return new HclValue.Text(String.valueOf(operator.equals("==") == equal));
        }
    }

    record Logic(HclExpression left, String operator, HclExpression right) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            HclValue a = left.evaluate(variables);
            if (operator.equals("!")) {
                String text = HclValue.text(a);
                return text == null ? unknown(a) : new HclValue.Text(String.valueOf(!text.equals("true")));
            }
            HclValue b = right.evaluate(variables);
            String x = HclValue.text(a);
            String y = HclValue.text(b);
            if (x == null || y == null) {
                return unknown(x == null ? a : b);
            }
            boolean result = operator.equals("&&") ? x.equals("true") && y.equals("true") : x.equals("true") || y.equals("true");
            return new HclValue.Text(String.valueOf(result));
        }
    }

    record Conditional(HclExpression condition, HclExpression then, HclExpression otherwise) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            String decided = HclValue.text(condition.evaluate(variables));
            if (decided == null) {
                return new HclValue.Unknown("a condition the file does not decide");
            }
            return decided.equals("true") ? then.evaluate(variables) : otherwise.evaluate(variables);
        }
    }

    record Opaque(String why) implements HclExpression {
        @Override
        public HclValue evaluate(Function<String, HclValue> variables) {
            return new HclValue.Unknown(why);
        }
    }

    private static HclValue unknown(HclValue value) {
        return value instanceof HclValue.Unknown ? value : new HclValue.Unknown("a value that is no bool");
    }
}
