package dev.cgoguard.rules;

import dev.cgoguard.finding.Severity;
import dev.cgoguard.plan.BuildPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts a finding rests on, and the one place that turns them into its severity and into the
 * words that name what is not known. A rule declares each unknown its finding depends on (the
 * conditions its go command runs under, an undecided link, an unknown libc, a Go version assumed)
 * with the sentence that says so; a finding that rests on known facts only keeps the rule's
 * severity, any other is reported as {@link #whenUncertain} says, with the conditions as its opening
 * words and the sentences of its unknowns before its fix.
 */
public final class Certainty {
    /** Something a finding depends on that the text does not tell: a name for it, and the sentence that says so (or null). */
    public record Unknown(String what, String sentence) {
    }

    private final String conditions;
    private final List<Unknown> unknowns = new ArrayList<>();

    private Certainty(String conditions) {
        this.conditions = conditions;
    }

    /**
     * The facts of a finding about {@code plan}: the conditions that select its go command are its
     * opening words, and they are an unknown unless the command runs in the modelled build (the
     * modelled host with nothing set that the files do not set, or said by the settings).
     */
    public static Certainty of(BuildPlan plan) {
        Certainty certainty = new Certainty(plan.conditionText());
        if (!plan.conditions().modeled()) {
            certainty.unknowns.add(new Unknown("whether " + plan.conditionText().replaceFirst("^when ", ""), null));
        }
        return certainty;
    }

    /**
     * The facts of a finding about what the packages of {@code plan} reach (net, os/user, cgo
     * packages, the link that follows): those of {@link #of}, and the build tags when the text does
     * not tell them ({@code -tags "$TAGS"}), since they choose the files and packages built.
     */
    public static Certainty ofPackages(BuildPlan plan) {
        return of(plan).unknownIf(plan.invocation().tagsUnknown(),
                "the build tags", "The build tags are not known from the text (" + unknownTags(plan)
                        + "); they choose the files and packages built.");
    }

    private static String unknownTags(BuildPlan plan) {
        return plan.invocation().isUnknown("-tags") ? "-tags has a value from outside" : "an unknown word may add flags";
    }

    /** The facts of a finding that depends on no go command (a file's own text). */
    public static Certainty known() {
        return new Certainty("");
    }

    /** Declares an unknown when {@code applies}; {@code sentence} (may be null) says it in the message. */
    public Certainty unknownIf(boolean applies, String what, String sentence) {
        if (applies) {
            unknowns.add(new Unknown(what, sentence));
        }
        return this;
    }

    /** True when every fact behind the finding is known. */
    public boolean certain() {
        return unknowns.isEmpty();
    }

    public List<Unknown> unknowns() {
        return List.copyOf(unknowns);
    }

    /** The severity of the finding: the rule's when every fact is known, else {@link #whenUncertain}. */
    public Severity severity(Severity whenCertain) {
        return certain() ? whenCertain : whenUncertain(whenCertain);
    }

    /**
     * The certainty policy, decided here alone: a finding is an error or a warning only when every
     * fact it rests on is known (from the text, the modelled host, the settings and the command
     * line); one that rests on something unknown is reported at info, with the unknown named in its
     * message. A rule whose findings are info or hint anyway keeps that severity.
     */
    static Severity whenUncertain(Severity whenCertain) {
        return whenCertain.atLeast(Severity.INFO) ? Severity.INFO : whenCertain;
    }

    /**
     * The message: the conditions as its opening words ({@code When STATIC=1: ...}), the body, the
     * sentences of the unknowns, then the fix (each may be empty).
     */
    public String message(String body, String fix) {
        StringBuilder text = new StringBuilder();
        if (!conditions.isEmpty()) {
            text.append(Character.toUpperCase(conditions.charAt(0))).append(conditions.substring(1)).append(": ");
        }
        text.append(body.strip());
        for (Unknown unknown : unknowns) {
            if (unknown.sentence() != null) {
                text.append(' ').append(unknown.sentence().strip());
            }
        }
        if (fix != null && !fix.isBlank()) {
            text.append(' ').append(fix.strip());
        }
        return text.toString();
    }
}
