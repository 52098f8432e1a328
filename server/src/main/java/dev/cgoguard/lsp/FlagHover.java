package dev.cgoguard.lsp;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gocmd.LinkerFlags;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.Decision;
import dev.cgoguard.plan.PlanExplanation;
import dev.cgoguard.shell.ShellValue;
import java.util.List;
import java.util.Optional;

/**
 * What a flag or variable of a go command does in this build, as Markdown: {@code -extldflags},
 * {@code -linkmode}, {@code -tags}, {@code CGO_ENABLED} and {@code CC}.
 */
final class FlagHover {
    private FlagHover() {
    }

    /** The explanation for the word under the cursor, when it is one of the words explained. */
    static Optional<String> explain(String word, BuildPlan plan) {
        String bare = word.replaceFirst("^-+", "-");
        if (bare.startsWith("-extldflags")) {
            return Optional.of(extldflags(plan));
        }
        if (bare.startsWith("-linkmode")) {
            return Optional.of(linkmode(plan));
        }
        if (bare.equals("-tags") || bare.startsWith("-tags=")) {
            return Optional.of(tags(plan));
        }
        String name = variableName(word);
        if (name.equals("CGO_ENABLED")) {
            return Optional.of(cgoEnabled(plan));
        }
        if (name.equals("CC")) {
            return Optional.of(compiler(plan));
        }
        return Optional.empty();
    }

    private static String variableName(String word) {
        String name = word.replaceAll("^[$({]+", "");
        int end = 0;
        while (end < name.length() && (Character.isLetterOrDigit(name.charAt(end)) || name.charAt(end) == '_')) {
            end++;
        }
        return name.substring(0, end);
    }

    private static String extldflags(BuildPlan plan) {
        LinkerFlags flags = plan.invocation().ldflags();
        Decision external = plan.externalLink();
        String passed = flags.extldflags().isEmpty() ? "" : " `" + String.join(" ", flags.extldflags()) + "`";
        if (external.isNo()) {
            return "`-extldflags`" + passed + " reaches only the external linker; this build links internally ("
                    + external.reason() + "), so it has no effect.";
        }
        if (!external.isYes()) {
            return "`-extldflags`" + passed + " reaches only the external linker; whether this build links externally"
                    + " is not known (" + external.reason() + ").";
        }
        String text = "`-extldflags` passes" + (passed.isEmpty() ? " its flags" : passed)
                + " to the external C linker, which links this build (" + external.reason() + ").";
        if (flags.asksStatic()) {
            text += " `-static` links libc into the binary: " + PlanExplanation.decision(plan.staticLink(), "static", "dynamic") + ".";
        }
        return text;
    }

    private static String linkmode(BuildPlan plan) {
        String mode = plan.invocation().ldflags().linkMode();
        String meaning = switch (mode == null ? "" : mode) {
            case "internal" -> "`-linkmode internal`: the Go linker writes the binary itself and never runs the C linker,"
                    + " so `-extldflags` are ignored.";
            case "external" -> "`-linkmode external`: the Go linker hands the final link to the external C linker"
                    + " (`gcc` unless `-extld` or `CC` says otherwise), which receives `-extldflags`.";
            case "auto" -> "`-linkmode auto`: the go command links externally when cgo packages need it, else internally.";
            default -> "`-linkmode` chooses who links the binary: the Go linker (internal) or the C linker (external);"
                    + " its value is not known here.";
        };
        return meaning + " This build: link " + PlanExplanation.decision(plan.externalLink(), "external", "internal") + ".";
    }

    private static String tags(BuildPlan plan) {
        GoInvocation invocation = plan.invocation();
        if (invocation.isUnknown("-tags")) {
            return "`-tags` sets the build tags; their value is not known from the text, so files and resolvers they"
                    + " select are not known either.";
        }
        List<String> tags = invocation.tags() == null ? List.of() : invocation.tags();
        StringBuilder text = new StringBuilder("`-tags` sets the build tags of this build: ")
                .append(tags.isEmpty() ? "none" : "`" + String.join(",", tags) + "`").append('.');
        if (tags.contains("netgo")) {
            text.append(" `netgo` selects Go's own DNS resolver instead of the cgo one (no glibc NSS for host lookups).");
        }
        if (tags.contains("osusergo")) {
            text.append(" `osusergo` makes os/user read /etc/passwd and /etc/group itself instead of calling glibc.");
        }
        if (plan.cgo().isNo() && (tags.contains("netgo") || tags.contains("osusergo"))) {
            text.append(" With cgo off these pure-Go versions are used anyway.");
        }
        return text.toString();
    }

    private static String cgoEnabled(BuildPlan plan) {
        ShellValue value = plan.invocation().envValue("CGO_ENABLED");
        String setting = value == null ? "`CGO_ENABLED` is not set for this command"
                : value.known() ? "`CGO_ENABLED=" + value.text() + "`" : "`CGO_ENABLED` has a value not known from the text";
        return setting + " — it switches cgo on (1) or off (0). This build: cgo "
                + PlanExplanation.decision(plan.cgo(), "on", "off") + ".";
    }

    private static String compiler(BuildPlan plan) {
        ShellValue value = plan.invocation().envValue("CC");
        String setting = value == null ? "`CC` is not set for this command (`gcc` is used)"
                : value.known() ? "`CC=" + value.text() + "`" : "`CC` has a value not known from the text";
        String use = "; it names the C compiler cgo compiles C code with and the external linker runs.";
        if (plan.cgo().isNo()) {
            return setting + use + " This build has cgo off (" + plan.cgo().reason() + "), so it is not used.";
        }
        return setting + use + " This build: cgo " + PlanExplanation.decision(plan.cgo(), "on", "off") + "; link "
                + PlanExplanation.decision(plan.externalLink(), "external", "internal") + ".";
    }
}
