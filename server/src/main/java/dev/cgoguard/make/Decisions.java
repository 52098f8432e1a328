package dev.cgoguard.make;

import dev.cgoguard.condition.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices one alternative makes at conditionals that depend on something unknown. The first
 * choices are given (a path through the tree of alternatives); a later one takes the modelled
 * outcome (a variable the files never set is unset) or, where the model does not say, the condition
 * holding. A question the earlier choices already answer is not a new choice: {@code STATIC=1}
 * answers {@code STATIC=0} (no) and {@code STATIC is set} (yes), so no alternative contradicts itself.
 */
final class Decisions {
    private final List<Boolean> given;
    private final List<Boolean> taken = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();

    Decisions(List<Boolean> given) {
        this.given = given;
    }

    /** Decides whether {@code question} (an outcome that holds) holds in this alternative; the outcome chosen is recorded. */
    boolean decide(Condition question) {
        for (Condition earlier : conditions) {
            Boolean answer = earlier.answers(question);
            if (answer != null) {
                return answer;
            }
        }
        int index = taken.size();
        boolean choice = index < given.size() ? given.get(index) : !Boolean.FALSE.equals(question.modeled());
        taken.add(choice);
        conditions.add(choice ? question : question.negate());
        return choice;
    }

    /**
     * The value this alternative gives a variable only the environment can set ({@code subject} is
     * {@code $(NAME)}): the value it was found equal to, null (unknown) when it was found set, and
     * empty otherwise, as in the modelled build, where such a variable is unset.
     */
    String environmentValue(String subject) {
        boolean set = false;
        for (Condition c : conditions) {
            if (subject.equals(c.subject()) && c.holds()) {
                if (c.kind() == Condition.Kind.EQUALS) {
                    return c.value();
                }
                set |= c.kind() == Condition.Kind.SET;
            }
        }
        return set ? null : "";
    }

    List<Boolean> taken() {
        return taken;
    }

    List<Boolean> given() {
        return given;
    }

    /** The outcomes chosen, one for each choice taken, in order. */
    List<Condition> conditions() {
        return conditions;
    }

    /** How many of the first {@code count} outcomes are the opposite of the model's. */
    int departures(int count) {
        int n = 0;
        for (int i = 0; i < count && i < conditions.size(); i++) {
            if (Boolean.FALSE.equals(conditions.get(i).modeled())) {
                n++;
            }
        }
        return n;
    }
}
