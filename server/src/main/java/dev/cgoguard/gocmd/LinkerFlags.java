package dev.cgoguard.gocmd;

import java.util.List;

/**
 * The effective {@code -ldflags} value, split by Go's own quoting rules. {@code linkMode} is
 * {@code internal}, {@code external}, {@code auto} or null when not given; {@code extldflags} is the
 * split value of {@code -extldflags} (e.g. {@code [-static]}), empty when not given;
 * {@code extldflagsGiven} tells the two apart.
 *
 * <p>{@code known} is false when part of the value cannot be known from the text (for example
 * {@code -ldflags "$(LDFLAGS)"} with a value from outside, or {@code -X main.v=$(git describe)}):
 * the other fields then hold what the known parts say, and {@code args} keeps the unknown parts as
 * written, but an unknown part may add or change flags.
 */
public record LinkerFlags(String raw, List<String> args, String linkMode, boolean extldflagsGiven,
        List<String> extldflags, String extld, boolean strip, boolean omitDwarf, boolean known) {

    public static final LinkerFlags NONE = new LinkerFlags(null, List.of(), null, false, List.of(), null, false, false, true);

    /** Flags read from a value known in full. */
    public LinkerFlags(String raw, List<String> args, String linkMode, boolean extldflagsGiven,
            List<String> extldflags, String extld, boolean strip, boolean omitDwarf) {
        this(raw, args, linkMode, extldflagsGiven, extldflags, extld, strip, omitDwarf, true);
    }

    /** True when {@code -extldflags} asks for a fully static link ({@code -static} or {@code -static-pie}). */
    public boolean asksStatic() {
        return extldflags.stream().anyMatch(f -> f.equals("-static") || f.equals("-static-pie") || f.equals("--static"));
    }

    public boolean asksStaticPie() {
        return extldflags.contains("-static-pie");
    }
}
