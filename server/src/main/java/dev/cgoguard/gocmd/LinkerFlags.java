package dev.cgoguard.gocmd;

import java.util.List;
import java.util.Objects;

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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LinkerFlags that
                && Objects.equals(raw, that.raw)
                && Objects.equals(args, that.args)
                && Objects.equals(linkMode, that.linkMode)
                && extldflagsGiven == that.extldflagsGiven
                && Objects.equals(extldflags, that.extldflags)
                && Objects.equals(extld, that.extld)
                && strip == that.strip
                && omitDwarf == that.omitDwarf
                && known == that.known;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(raw);
        hash = 31 * hash + Objects.hashCode(args);
        hash = 31 * hash + Objects.hashCode(linkMode);
        hash = 31 * hash + Boolean.hashCode(extldflagsGiven);
        hash = 31 * hash + Objects.hashCode(extldflags);
        hash = 31 * hash + Objects.hashCode(extld);
        hash = 31 * hash + Boolean.hashCode(strip);
        hash = 31 * hash + Boolean.hashCode(omitDwarf);
        hash = 31 * hash + Boolean.hashCode(known);
        return hash;
    }
}
