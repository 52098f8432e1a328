package dev.cgoguard.condition;

import java.util.Objects;

/**
 * One outcome of a question the build files leave open: a Make conditional on a variable the files
 * do not set ({@code STATIC=1}, {@code DEBUG is set}), a shell test ({@code [ -n "$X" ] holds}), or
 * a circumstance that is known once said ({@code made for release}, {@code inside a for loop}).
 *
 * <p>{@code key} names the question: two outcomes with the same key and different {@code holds} are
 * each other's complement. {@code subject} is what a Make question is about (the unknown value's
 * source, such as {@code $(STATIC)}), so that questions about one subject answer each other;
 * {@code value} is the value an {@code EQUALS} question compares with.
 *
 * <p>{@code modeled} says how the outcome stands to the modelled build (the modelled host, with
 * nothing set in the environment that the files do not set): {@code TRUE} when it is the model's
 * outcome (a variable the files never set is unset), {@code FALSE} when it is the opposite, null when
 * the model does not say (the output of a command, a test of a file).
 */
public record Condition(Kind kind, String key, String subject, String value, boolean holds, Boolean modeled,
        String whenHolds, String whenFails) {

    /** What a condition asks. */
    public enum Kind {
        /** Whether an unknown value is set (non-empty): {@code ifdef X}, {@code ifneq ($(X),)}. */
        SET,
        /** Whether an unknown value equals {@code value}: {@code ifeq ($(X),1)}. */
        EQUALS,
        /** A test of something else the text does not tell: a shell test, a command's success, a case branch. */
        TEST,
        /** A circumstance that is not a question: the goal made, a loop's body. */
        CIRCUMSTANCE
    }

    /** The outcome of {@code ifdef}-like questions on a subject; {@code unsetByDefault}: the subject is a variable the files never set. */
    public static Condition set(String subject, String name, boolean holds, boolean unsetByDefault) {
        return new Condition(Kind.SET, "set:" + subject, subject, null, holds, unsetByDefault ? !holds : null,
                "when " + name + " is set", "when " + name + " is not set");
    }

    /** The outcome of comparing a subject with a non-empty value ({@code X=1} or {@code X is not 1}). */
    public static Condition equal(String subject, String name, String value, boolean holds, boolean unsetByDefault) {
        if (value.isEmpty()) {
            return set(subject, name, !holds, unsetByDefault);
        }
        return new Condition(Kind.EQUALS, "eq:" + subject + "=" + value, subject, value, holds,
                unsetByDefault ? !holds : null, "when " + name + "=" + value, "when " + name + " is not " + value);
    }

    /** The outcome of a question about something the model does not answer, in its own words. */
    public static Condition test(String question, boolean holds, String whenHolds, String whenFails) {
        return new Condition(Kind.TEST, "test:" + question, null, null, holds, null, whenHolds, whenFails);
    }

    /** A circumstance that is known when it is said ({@code when made for release}, {@code inside a for loop over a b}). */
    public static Condition circumstance(String text) {
        return new Condition(Kind.CIRCUMSTANCE, "circumstance:" + text, null, null, true, Boolean.TRUE, text, text);
    }

    /** A circumstance that depends on something not known ({@code inside a while loop, while x holds}). */
    public static Condition uncertainCircumstance(String text) {
        return new Condition(Kind.CIRCUMSTANCE, "circumstance:" + text, null, null, true, null, text, text);
    }

    /** The other outcome of the same question (a circumstance has none: it is itself). */
    public Condition negate() {
        if (kind == Kind.CIRCUMSTANCE) {
            return this;
        }
        return new Condition(kind, key, subject, value, !holds, modeled == null ? null : !modeled, whenHolds, whenFails);
    }

    /** The words of this outcome: {@code when STATIC=1}. */
    public String text() {
        return holds ? whenHolds : whenFails;
    }

    /** True for the other outcome of the same question. */
    public boolean complements(Condition other) {
        return kind != Kind.CIRCUMSTANCE && key.equals(other.key) && holds != other.holds;
    }

    /**
     * What this outcome says about {@code question} (an outcome that holds): true or false when it
     * answers it, null when it does not. {@code X=1} answers {@code X is set} (true) and {@code X=2} (false);
     * {@code X is not set} answers every {@code X=v} (false).
     */
    public Boolean answers(Condition question) {
        if (key.equals(question.key)) {
            return holds == question.holds;
        }
        if (subject == null || !subject.equals(question.subject)) {
            return null;
        }
        if (kind == Kind.EQUALS && holds) {
            if (question.kind == Kind.SET) {
                return question.holds;
            }
            if (question.kind == Kind.EQUALS) {
                return value.equals(question.value) == question.holds;
            }
        }
        if (kind == Kind.SET && !holds && question.kind == Kind.EQUALS) {
            return !question.holds;
        }
        return null;
    }

    /** True when both outcomes cannot hold together. */
    public boolean contradicts(Condition other) {
        Boolean answer = answers(other);
        if (answer != null) {
            return !answer;
        }
        Boolean back = other.answers(this);
        return back != null && !back;
    }

    /** True when the other outcome tells nothing this one does not (it is this, or follows from it). */
    public boolean implies(Condition other) {
        return Boolean.TRUE.equals(answers(other));
    }

    @Override
    public String toString() {
        return text();
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Condition that
                && Objects.equals(kind, that.kind)
                && Objects.equals(key, that.key)
                && Objects.equals(subject, that.subject)
                && Objects.equals(value, that.value)
                && holds == that.holds
                && Objects.equals(modeled, that.modeled)
                && Objects.equals(whenHolds, that.whenHolds)
                && Objects.equals(whenFails, that.whenFails);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(kind);
        hash = 31 * hash + Objects.hashCode(key);
        hash = 31 * hash + Objects.hashCode(subject);
        hash = 31 * hash + Objects.hashCode(value);
        hash = 31 * hash + Boolean.hashCode(holds);
        hash = 31 * hash + Objects.hashCode(modeled);
        hash = 31 * hash + Objects.hashCode(whenHolds);
        hash = 31 * hash + Objects.hashCode(whenFails);
        return hash;
    }
}
