package dev.cgoguard.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code lint} writes; those people read end with a summary line. */
enum OutputFormat {
    text(new TextReporter(), true),
    json(new JsonReporter(), false),
    sarif(new SarifReporter(), false),
    github(new GithubReporter(), true),
    checkstyle(new CheckstyleReporter(), false),
    codeclimate(new CodeClimateReporter(), false),
    gnu(new GnuReporter(), false);

    private final Reporter reporter;
    private final boolean summarized;

    OutputFormat(Reporter reporter, boolean summarized) {
        this.reporter = reporter;
        this.summarized = summarized;
    }

    Reporter reporter() {
        return reporter;
    }

    /** Whether the report ends with the summary line ({@code 3 findings (1 error, 2 warnings) in 2 files}). */
    boolean summarized() {
        return summarized;
    }

    static Optional<OutputFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    /** {@code text, json, sarif, github, checkstyle, codeclimate or gnu}. */
    static String names() {
        String all = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
