package dev.cgoguard.tests.oracle;

import java.util.List;
import java.util.Set;

/** The matrix as a text table: program × config, the real side, cgoguard's side, agreement. */
final class OracleTable {
    private OracleTable() {
    }

    static String format(List<OracleRow> rows) {
        StringBuilder text = new StringBuilder();
        String header = String.format("%-12s %-31s | %-7s %-4s %-6s %-16s %-40s | %-7s %-4s %-6s %-16s %-5s | %s",
                "program", "config", "static", "link", "libc", "cgo lookups", "linker warnings",
                "static", "link", "libc", "cgo lookups", "nss", "agree");
        text.append(String.format("%-12s %-31s | %-78s | %-44s |%n", "", "", "real toolchain", "cgoguard"));
        text.append(header).append('\n');
        text.append("-".repeat(header.length())).append('\n');
        for (OracleRow row : rows) {
            text.append(line(row)).append('\n');
        }
        return text.toString();
    }

    private static String line(OracleRow row) {
        RealOutcome real = row.real();
        CgoguardOutcome cg = row.cgoguard();
        String realPart = real.built()
                ? String.format("%-7s %-4s %-6s %-16s %-40s", real.elf().isStatic() ? "static" : "dynamic",
                        real.elf().externallyLinked() ? "ext" : "int", real.elf().libc(), join(real.cgoLookups()),
                        real.linkerWarnings().isEmpty() ? "-" : String.join(",", real.linkerWarnings()))
                : String.format("%-78s", "FAILED: " + clip(real.failure(), 70));
        String cgPart = String.format("%-7s %-4s %-6s %-16s %-5s", label(cg.staticValue()), link(cg.externalLink()), cg.libc(),
                join(cg.cgoLookups()), cg.staticGlibcNss() ? "yes" : "no");
        String agree = row.agrees() ? (row.expectedFailure() != null ? "yes (expected failure)" : "yes")
                : KnownDisagreement.find(row) != null ? "NO (known)" : "NO";
        String config = row.variant() == null ? row.config().id() : row.config().id() + " · " + row.variant();
        return String.format("%-12s %-31s | %s | %s | %s", row.program().id(), config, realPart, cgPart, agree);
    }

    private static String label(String staticValue) {
        return switch (staticValue) {
            case "yes" -> "static";
            case "no" -> "dynamic";
            default -> staticValue;
        };
    }

    private static String link(String externalLink) {
        return switch (externalLink) {
            case "yes" -> "ext";
            case "no" -> "int";
            default -> externalLink;
        };
    }

    private static String join(Set<String> values) {
        return values.isEmpty() ? "-" : String.join(",", values);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
