package dev.cgoguard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The rule pages shipped in the jar as {@code /dev/cgoguard/rules/<id>.md}. */
public final class RuleDocs {
    /** Where the rule pages are published; diagnostics link there. */
    public static final String BASE_URL = "https://cgoguard.dev/rules/";

    private RuleDocs() {
    }

    public static Optional<String> page(String ruleId) {
        return resource(ruleId + ".md");
    }

    /** The general explanation: the certainty policy, the modelled build, third-party trees ({@code cgoguard explain}). */
    public static String overview() {
        return resource("overview.md").orElseThrow(() -> new IllegalStateException("the overview page is missing from the jar"));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/cgoguard/rules/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(String ruleId) {
        return BASE_URL + ruleId;
    }
}
