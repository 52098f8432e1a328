package dev.cgoguard.rules;

/**
 * One remedy a rule offers as a fix, by the name a setting or {@code --fix=RULE:ALTERNATIVE}
 * chooses it with ({@code tags}, {@code musl}, {@code dynamic}), and what it does, in a few words.
 */
public record FixAlternative(String id, String description) {
}
