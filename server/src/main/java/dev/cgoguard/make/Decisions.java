package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices one alternative makes at conditionals that depend on something unknown. The first
 * choices are given (a path through the tree of alternatives); later ones default to true. The same
 * condition asked twice gets the same answer and is not a new choice.
 */
final class Decisions {
    private final List<Boolean> given;
    private final List<Boolean> taken = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Boolean> byCondition = new HashMap<>();

    Decisions(List<Boolean> given) {
        this.given = given;
    }

    /** Decides an unknown condition; the text of the chosen outcome is recorded. */
    boolean decide(String whenTrue, String whenFalse) {
        Boolean earlier = byCondition.get(whenTrue);
        if (earlier != null) {
            return earlier;
        }
        int index = taken.size();
        boolean choice = index < given.size() ? given.get(index) : true;
        taken.add(choice);
        byCondition.put(whenTrue, choice);
        conditions.add(choice ? whenTrue : whenFalse);
        return choice;
    }

    List<Boolean> taken() {
        return taken;
    }

    List<Boolean> given() {
        return given;
    }

    List<String> conditions() {
        return conditions;
    }
}
