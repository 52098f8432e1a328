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
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/cgoguard/rules/" + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(String ruleId) {
        return BASE_URL + ruleId;
    }
}
