package dev.cgoguard.cli;

import dev.cgoguard.finding.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** How {@code lint} reports: its formats and where each goes, colour, and what is left out. */
final class ReportOptions {
    /** One report: a format, written to stdout (no file) or to a file. */
    record Destination(OutputFormat format, Optional<Path> file) {
    }

    List<String> formats = new ArrayList<>();
    String color = "auto";
    boolean noColor;
    String minSeverity = "hint";

    /** Adds the options to a command. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandModel.option("--format", "FORMAT[:FILE]", List.class, () -> formats, v -> formats = v,
                "Output format: text, json, sarif, github, checkstyle, codeclimate or gnu (default: text)."
                        + " FORMAT:FILE writes that report to FILE instead; repeatable, e.g. --format github --format sarif:cgoguard.sarif.")
                .auxiliaryTypes(String.class).build());
        spec.addOption(CommandModel.option("--color", "WHEN", String.class, () -> color, v -> color = v,
                "ANSI colours in the text format: auto (on a terminal, unless NO_COLOR is set), always or never (default: auto).").build());
        spec.addOption(CommandModel.option("--no-color", null, boolean.class, () -> noColor, v -> noColor = v,
                "The same as --color=never.").build());
        spec.addOption(CommandModel.option("--min-severity", "LEVEL", String.class, () -> minSeverity, v -> minSeverity = v,
                "Leave out findings below this level: error, warning, info or hint (default: hint, all of them)."
                        + " What is left out is not reported and does not count for --fail-on.").build());
    }

    /** The reports asked for (at most one on stdout), or null with the reason on {@code err}. */
    List<Destination> destinations(PrintWriter err) {
        List<Destination> destinations = new ArrayList<>();
        boolean stdout = false;
        for (String spec : formats.isEmpty() ? List.of("text") : formats) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            Optional<OutputFormat> format = OutputFormat.named(name.toLowerCase(Locale.ROOT));
            if (format.isEmpty()) {
                err.println("cgoguard: --format takes " + OutputFormat.names() + ", not '" + name + "'");
                return null;
            }
            if (colon < 0) {
                if (stdout) {
                    err.println("cgoguard: --format: only one report can go to stdout; write the others to files (FORMAT:FILE)");
                    return null;
                }
                stdout = true;
                destinations.add(new Destination(format.get(), Optional.empty()));
            } else {
                String file = spec.substring(colon + 1);
                if (file.isEmpty()) {
                    err.println("cgoguard: --format " + spec + ": the file name is missing after ':'");
                    return null;
                }
                destinations.add(new Destination(format.get(), Optional.of(Path.of(file))));
            }
        }
        return destinations;
    }

    /** Whether the text format is coloured, or null (with the reason on {@code err}) for a bad --color. */
    Boolean color(PrintWriter err, boolean terminal, String noColorVariable) {
        String when = noColor ? "never" : color.toLowerCase(Locale.ROOT);
        return switch (when) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> terminal && (noColorVariable == null || noColorVariable.isEmpty());
            default -> {
                err.println("cgoguard: --color takes auto, always or never, not '" + color + "'");
                yield null;
            }
        };
    }

    /** The lowest level reported, or null (with the reason on {@code err}). */
    Severity minSeverity(PrintWriter err) {
        Optional<Severity> level = Severity.parse(minSeverity);
        if (level.isEmpty()) {
            err.println("cgoguard: --min-severity takes error, warning, info or hint, not '" + minSeverity + "'");
            return null;
        }
        return level.get();
    }
}
