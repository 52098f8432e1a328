package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.List;

/**
 * A target of the rule database: its prerequisites (normal and order-only), its recipe, and for a
 * static pattern rule the stem. A pattern rule has a {@code %} in {@code name}; its stem is unknown.
 */
final class MakeTarget {
    final String name;
    final List<String> prerequisites = new ArrayList<>();
    final List<String> orderOnly = new ArrayList<>();
    final List<String> patternPrerequisites = new ArrayList<>();
    List<RecipeLine> recipe;
    String stem;

    MakeTarget(String name) {
        this.name = name;
    }

    boolean pattern() {
        return MakeWords.percent(name) >= 0;
    }

    boolean hasRecipe() {
        return recipe != null;
    }
}
