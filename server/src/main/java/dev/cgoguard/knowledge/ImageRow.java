package dev.cgoguard.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the image table: the repositories and tag patterns it covers and the facts it states.
 * Unknown values ({@code ?}) are null; {@code goFromTag} means the Go version is the major.minor the
 * tag starts with.
 */
record ImageRow(String kind, List<String> repositories, List<Pattern> tags, String libc, String libcVersion,
        Boolean cCompiler, Boolean caCertificates, Boolean tzdata, Boolean passwd, String distro, String goVersion,
        boolean goFromTag, String source, String note) {
    private static final Pattern GO_MINOR = Pattern.compile("^(\\d+\\.\\d+)");

    /** Parses a tab-separated data line; throws {@link IllegalArgumentException} on a malformed row. */
    /** A row from its cells. */
    static ImageRow of(String[] cells) {
        if (cells.length != 13) {
            throw new IllegalArgumentException("expected 13 columns, found " + cells.length + ": " + String.join("\t", cells));
        }
        List<String> repositories = List.of(cells[1].toLowerCase(Locale.ROOT).split("\\|"));
        List<Pattern> tags = java.util.Arrays.stream(cells[2].split("\\|")).map(ImageRow::tagPattern).toList();
        String go = text(cells[10]);
        return new ImageRow(cells[0], repositories, tags, text(cells[3]), text(cells[4]), bool(cells[5]),
                bool(cells[6]), bool(cells[7]), bool(cells[8]), text(cells[9]), "tag".equals(go) ? null : go,
                "tag".equals(go), text(cells[11]), text(cells[12]));
    }

    boolean matches(String repository, String tag) {
        return repositories.contains(repository) && tags.stream().anyMatch(p -> p.matcher(tag).matches());
    }

    /** The facts this row gives for an image reference with the given tag. */
    ImageFacts facts(String reference, String tag) {
        String go = goVersion;
        if (goFromTag) {
            Matcher m = GO_MINOR.matcher(tag);
            go = m.find() ? m.group(1) : null;
        }
        String described = source == null ? "image table" : "image table (" + source + ")";
        if (note != null) {
            described += "; " + note;
        }
        return new ImageFacts(reference, true, libc, libcVersion, cCompiler, caCertificates, tzdata, passwd, distro, go,
                described);
    }

    private static Pattern tagPattern(String glob) {
        if (glob.equals("**")) {
            return Pattern.compile(".*");
        }
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? "[^-]*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static String text(String cell) {
        return cell.equals("-") || cell.equals("?") || cell.isEmpty() ? null : cell;
    }

    private static Boolean bool(String cell) {
        return switch (cell) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
