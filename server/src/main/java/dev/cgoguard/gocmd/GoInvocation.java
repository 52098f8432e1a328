package dev.cgoguard.gocmd;

import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.ShellWord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code go build|install|run|test} command, its flags resolved as the go command resolves
 * them ({@code GOFLAGS} first, then the command line; the last {@code -tags} and {@code -ldflags}
 * win), and the environment it runs in.
 *
 * <p>{@code tags} is null when no {@code -tags} was given. {@code directory} is the {@code go -C}
 * directory or null. {@code packages} are the package arguments as written ({@code .},
 * {@code ./cmd/x}, {@code ./...}, import paths, or {@code .go} files); empty means {@code .}.
 * {@code words} are the command's words as the shell evaluation produced them, so that a fix can
 * find the source range of a flag. {@code unknownFlags} names the flags whose value (or part of
 * it) is unknown from the text, such as {@code -tags} for {@code -tags "$TAGS"} or {@code -ldflags};
 * a word that is unknown in full where a flag could stand is listed as written.
 * {@code tagsAfterUnknownWords} is true when an explicit {@code -tags} stands after every such
 * word (and after an unknown {@code GOFLAGS}), so that none of them can change the tags.
 */
public record GoInvocation(String subcommand, String directory, List<String> packages, String output,
        List<String> tags, LinkerFlags ldflags, String buildMode, boolean race, boolean msan, boolean asan,
        boolean trimpath, boolean forceRebuild, String installSuffix, Map<String, ShellValue> env,
        List<ShellWord> words, List<String> unknownFlags, boolean tagsAfterUnknownWords) {

    public GoInvocation(String subcommand, String directory, List<String> packages, String output,
            List<String> tags, LinkerFlags ldflags, String buildMode, boolean race, boolean msan, boolean asan,
            boolean trimpath, boolean forceRebuild, String installSuffix, Map<String, ShellValue> env,
            List<ShellWord> words, List<String> unknownFlags) {
        this(subcommand, directory, packages, output, tags, ldflags, buildMode, race, msan, asan, trimpath,
                forceRebuild, installSuffix, env, words, unknownFlags, false);
    }

    /** An invocation whose flags are all known. */
    public GoInvocation(String subcommand, String directory, List<String> packages, String output,
            List<String> tags, LinkerFlags ldflags, String buildMode, boolean race, boolean msan, boolean asan,
            boolean trimpath, boolean forceRebuild, String installSuffix, Map<String, ShellValue> env,
            List<ShellWord> words) {
        this(subcommand, directory, packages, output, tags, ldflags, buildMode, race, msan, asan, trimpath,
                forceRebuild, installSuffix, env, words, List.of());
    }

    /** An environment variable as the command sees it; absent variables are unset (not unknown). */
    public ShellValue envValue(String name) {
        return env.get(name);
    }

    public boolean hasTag(String tag) {
        return tags != null && tags.contains(tag);
    }

    /**
     * True when no package is named but a word where one could stand is unknown
     * ({@code go build $PKG}, the arguments xargs reads): the packages are not known, rather than
     * the default {@code .}.
     */
    public boolean packagesUnknown() {
        return packages.isEmpty() && unknownFlags.stream().anyMatch(word -> !word.startsWith("-"));
    }

    /**
     * True when the build tags are not known from the text: {@code -tags} has an unknown value, or a
     * word of unknown content where flags could stand may add a later {@code -tags} (unless it stands
     * where the packages go and none is named, or an explicit {@code -tags} follows every such word).
     */
    public boolean tagsUnknown() {
        return isUnknown("-tags") || !tagsAfterUnknownWords && !packagesUnknown()
                && unknownFlags.stream().anyMatch(flag -> !flag.startsWith("-"));
    }

    /** True when the value of {@code flag} (for example {@code "-tags"}) is not known from the text. */
    public boolean isUnknown(String flag) {
        return unknownFlags.contains(flag);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GoInvocation that
                && Objects.equals(subcommand, that.subcommand)
                && Objects.equals(directory, that.directory)
                && Objects.equals(packages, that.packages)
                && Objects.equals(output, that.output)
                && Objects.equals(tags, that.tags)
                && Objects.equals(ldflags, that.ldflags)
                && Objects.equals(buildMode, that.buildMode)
                && race == that.race
                && msan == that.msan
                && asan == that.asan
                && trimpath == that.trimpath
                && forceRebuild == that.forceRebuild
                && Objects.equals(installSuffix, that.installSuffix)
                && Objects.equals(env, that.env)
                && Objects.equals(words, that.words)
                && Objects.equals(unknownFlags, that.unknownFlags)
                && tagsAfterUnknownWords == that.tagsAfterUnknownWords;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(subcommand);
        hash = 31 * hash + Objects.hashCode(directory);
        hash = 31 * hash + Objects.hashCode(packages);
        hash = 31 * hash + Objects.hashCode(output);
        hash = 31 * hash + Objects.hashCode(tags);
        hash = 31 * hash + Objects.hashCode(ldflags);
        hash = 31 * hash + Objects.hashCode(buildMode);
        hash = 31 * hash + Boolean.hashCode(race);
        hash = 31 * hash + Boolean.hashCode(msan);
        hash = 31 * hash + Boolean.hashCode(asan);
        hash = 31 * hash + Boolean.hashCode(trimpath);
        hash = 31 * hash + Boolean.hashCode(forceRebuild);
        hash = 31 * hash + Objects.hashCode(installSuffix);
        hash = 31 * hash + Objects.hashCode(env);
        hash = 31 * hash + Objects.hashCode(words);
        hash = 31 * hash + Objects.hashCode(unknownFlags);
        hash = 31 * hash + Boolean.hashCode(tagsAfterUnknownWords);
        return hash;
    }
}
