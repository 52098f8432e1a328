package dev.cgoguard.cli;

/** The formats {@code lint} writes. */
enum OutputFormat {
    text(new TextReporter()),
    json(new JsonReporter()),
    sarif(new SarifReporter()),
    github(new GithubReporter());

    private final Reporter reporter;

    OutputFormat(Reporter reporter) {
        this.reporter = reporter;
    }

    Reporter reporter() {
        return reporter;
    }
}
