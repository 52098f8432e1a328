package dev.cgoguard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule pages: {@code server/src/main/resources/dev/cgoguard/rules/<id>.md} in the repository,
 * shipped in the jar at {@code /dev/cgoguard/rules/<id>.md}. {@code cgoguard explain} prints them,
 * SARIF carries them as each rule's help, and links (diagnostics' code descriptions, SARIF
 * {@code helpUri}) point at the same file in the repository at the release's tag. The environment
 * variable {@value #URL_VARIABLE} replaces that address: its {@code {rule}} stands for the rule id
 * (for pages kept on an internal site).
 */
public final class RuleDocs {
    public static final String URL_VARIABLE = "CGOGUARD_RULE_PAGES_URL";
    /** Where the pages are in the repository. */
    public static final String REPOSITORY_PATH = "server/src/main/resources/dev/cgoguard/rules/";

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

    /** The address of a rule's page: {@value #URL_VARIABLE} when it is set, else the page in the repository. */
    public static String url(String ruleId) {
        return url(ruleId, System.getenv(URL_VARIABLE), BuildInfo.current());
    }

    static String url(String ruleId, String template, BuildInfo build) {
        if (template != null && !template.isBlank()) {
            String trimmed = template.strip();
            return trimmed.contains("{rule}") ? trimmed.replace("{rule}", ruleId) : trimmed + ruleId;
        }
        return build.repository() + "/blob/v" + build.version() + "/" + REPOSITORY_PATH + ruleId + ".md";
    }
}
