package dev.cgoguard.kinds.bake;

import java.util.List;
import java.util.Map;

/**
 * The value of an HCL expression as far as the text tells it: a string, number or bool (kept as
 * text), null, a list, an object, or unknown (a function call, a for expression, a variable without a
 * default), with why.
 */
sealed interface HclValue {
    record Text(String text) implements HclValue {
    }

    record Null() implements HclValue {
    }

    record ListValue(List<HclValue> items) implements HclValue {
    }

    record ObjectValue(Map<String, HclValue> entries) implements HclValue {
    }

    record Unknown(String why) implements HclValue {
    }

    /** The text of a string, number or bool; null for anything else. */
    static String text(HclValue value) {
        return value instanceof Text t ? t.text() : null;
    }
}
