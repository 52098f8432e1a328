package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.rules.fixes.DockerfileText;
import dev.cgoguard.rules.fixes.WorkflowText;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two ways a build switches from glibc to musl, as edits to where it is written:
 * <ul>
 * <li>{@code CC=musl-gcc}, musl's wrapper around the host's gcc (Debian and Ubuntu package
 * {@code musl-tools}): on the command, with the package installed in a Dockerfile's Debian or Ubuntu
 * build stage (added to its {@code apt-get install}, or a {@code RUN} of its own) or by a step before
 * a workflow's on an Ubuntu runner; on a Makefile's or script's host, installing it is left to the
 * user, as the title says.</li>
 * <li>The {@code -alpine} variant of a {@code golang} build stage, with {@code apk add --no-cache
 * build-base} for its C compiler, when the stage installs nothing with apt.</li>
 * </ul>
 * musl's libc has no NSS, so a static musl binary does its lookups itself (go-cgo-facts §7). A C
 * library the packages link ({@code #cgo LDFLAGS: -lsqlite3}) must exist as a musl build too: the
 * titles name such libraries. Neither is offered for a cross-compile.
 */
final class MuslBuild {
    /** Libraries that are part of musl's libc itself, so linking them needs nothing more. */
    private static final Set<String> IN_MUSL_LIBC = Set.of("c", "m", "pthread", "dl", "rt", "resolv", "util", "crypt", "xnet");
    private static final Pattern APT = Pattern.compile("(?m)\\b(apt-get|apt)\\s+(\\S+\\s+)*install\\b");

    private MuslBuild() {
    }

    /** {@code CC=musl-gcc} with musl-tools where the build runs: a title and its edits, when the build can be switched so. */
    static Optional<TitledEdits> muslGcc(BuildPlan plan, RuleContext context, GoBuildEdits build) {
        if (plan.crossCompile() != Answer.NO || !build.editable()) {
            return Optional.empty();
        }
        String path = plan.origin().location().path();
        String caveat = caveat(plan, false);
        List<FileEdit> edits = new ArrayList<>();
        String title;
        switch (plan.origin().kind()) {
            case MAKEFILE, SCRIPT, BUILD_CONFIG -> title = "Link with musl: CC=musl-gcc (needs musl-gcc on the build host: Debian's and Ubuntu's musl-tools"
                    + caveat + ")";
            case DOCKERFILE -> {
                if (!debianFamily(plan) || plan.buildEnvironment().location() == null) {
                    return Optional.empty();
                }
                Optional<String> text = context.snippets().file(path);
                Optional<Integer> command = text.flatMap(build::commandOffset);
                if (command.isEmpty()) {
                    return Optional.empty();
                }
                int stage = new SourceText(text.get()).offsetAt(plan.buildEnvironment().location().range().start());
                edits.addAll(DockerfileText.installAptPackage(path, text.get(), stage, command.get(), "musl-tools"));
                title = "Link with musl: CC=musl-gcc, with musl-tools installed in the build stage" + parenthesized(caveat);
            }
            case WORKFLOW -> {
                if (!debianFamily(plan) || !plan.buildEnvironment().description().contains(" on runner ")) {
                    return Optional.empty();
                }
                Optional<String> text = context.snippets().file(path);
                Optional<FileEdit> step = text.flatMap(t -> build.commandOffset(t).flatMap(offset -> WorkflowText.insertStepBefore(
                        path, t, offset, "Install musl-gcc", "sudo apt-get update && sudo apt-get install -y musl-tools")));
                if (step.isEmpty()) {
                    return Optional.empty();
                }
                edits.add(step.get());
                title = "Link with musl: CC=musl-gcc, with a step before it that installs musl-tools" + parenthesized(caveat);
            }
            default -> {
                return Optional.empty();
            }
        }
        Optional<List<FileEdit>> compiler = build.setEnvironment(Map.of("CC", "musl-gcc"));
        if (compiler.isEmpty()) {
            return Optional.empty();
        }
        edits.addAll(compiler.get());
        return Optional.of(new TitledEdits(title, edits));
    }

    /**
     * The build stage's {@code golang:<version>} image replaced by its {@code -alpine} variant, with
     * {@code RUN apk add --no-cache build-base} after the {@code FROM}: offered for a Dockerfile build
     * on a Debian {@code golang} tag whose Alpine variant the image table knows as musl, in a stage
     * that installs nothing with apt (that would not run on Alpine).
     */
    static Optional<TitledEdits> alpineStage(BuildPlan plan, SourceSnippets snippets, Knowledge knowledge) {
        if (plan.origin().kind() != PlanOrigin.Kind.DOCKERFILE || plan.buildEnvironment() == null
                || plan.buildEnvironment().location() == null || plan.crossCompile() == Answer.UNKNOWN) {
            return Optional.empty();
        }
        SourceLocation from = plan.buildEnvironment().location();
        Optional<String> stageText = snippets.text(new SourceLocation(from.path(),
                new dev.cgoguard.workspace.TextRange(from.range().start(), plan.origin().location().range().start())));
        if (stageText.isEmpty() || APT.matcher(stageText.get()).find()) {
            return Optional.empty();
        }
        return snippets.text(from).flatMap(text -> DockerfileText.image(text).flatMap(written -> {
            ImageReference ref = ImageReference.parse(written);
            Optional<GolangImageTag> tag = GolangImageTag.read(ref.tag(), knowledge);
            if (!ref.repository().equals("golang") || ref.digest() != null || tag.isEmpty()) {
                return Optional.empty();
            }
            String alpine = written.substring(0, written.lastIndexOf(':') + 1) + tag.get().goVersion() + "-alpine";
            ImageFacts facts = knowledge.images().lookup(alpine);
            if (!"musl".equals(facts.libc())) {
                return Optional.empty();
            }
            return DockerfileText.replaceImage(from, text, alpine).map(edit -> new TitledEdits(
                    "Link with musl: build on " + alpine + " with build-base" + parenthesized(caveat(plan, true)),
                    List.of(edit, DockerfileText.insertAfter(from, "RUN apk add --no-cache build-base"))));
        }));
    }

    /**
     * Whether the same command also builds a binary that is not static, under another condition (a
     * bake target, a matrix entry), that runs in an image without musl: switching the command to
     * musl would make that binary need a musl its image does not have.
     */
    static boolean alsoBuiltDynamically(BuildPlan plan, RuleContext context) {
        return context.plans().stream().anyMatch(other -> other != plan
                && other.origin().location().equals(plan.origin().location()) && other.staticLink().answer() != Answer.YES
                && other.runEnvironment() != null && other.runEnvironment().facts() != null
                && other.runEnvironment().facts().known() && !"musl".equals(other.runEnvironment().facts().libc()));
    }

    /** A title and the edits of one fix, before the rule decides whether it is preferred. */
    record TitledEdits(String title, List<FileEdit> edits) {
    }

    /**
     * The C libraries the build links that musl's libc does not provide, e.g. {@code [sqlite3]}: from
     * the packages' {@code #cgo LDFLAGS} and from {@code CGO_LDFLAGS} ({@code -lbpf} or {@code -l bpf}).
     */
    static List<String> linkedLibraries(BuildPlan plan) {
        List<String> flags = new ArrayList<>();
        if (plan.reach() != null) {
            plan.reach().cgoPackages().forEach(pkg -> flags.addAll(pkg.ldflags()));
        }
        ShellValue cgoLdflags = plan.invocation().envValue("CGO_LDFLAGS");
        if (cgoLdflags != null && cgoLdflags.known() && !cgoLdflags.text().isBlank()) {
            flags.addAll(List.of(cgoLdflags.text().strip().split("\\s+")));
        }
        Set<String> libraries = new LinkedHashSet<>();
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            String name = flag.equals("-l") && i + 1 < flags.size() ? flags.get(++i) : flag.startsWith("-l") ? flag.substring(2) : "";
            if (!name.isEmpty() && !IN_MUSL_LIBC.contains(name)) {
                libraries.add(name);
            }
        }
        return List.copyOf(libraries);
    }

    /**
     * "; -lsqlite3 needs a musl build of that library, which Debian does not ship" (or, for an Alpine
     * stage, "…: install its Alpine -dev package"), or empty when no such library is linked.
     */
    private static String caveat(BuildPlan plan, boolean alpine) {
        List<String> libraries = linkedLibraries(plan);
        if (libraries.isEmpty()) {
            return "";
        }
        boolean one = libraries.size() == 1;
        String named = String.join(" ", libraries.stream().map(l -> "-l" + l).toList());
        String what = one ? " needs a musl build of that library" : " need musl builds of those libraries";
        String where = alpine ? (one ? ": install its Alpine -dev package" : ": install their Alpine -dev packages")
                : ", which Debian does not ship";
        return "; " + named + what + where;
    }

    private static String parenthesized(String caveat) {
        return caveat.isEmpty() ? "" : " (" + caveat.substring(2) + ")";
    }

    /** The build runs on Debian or Ubuntu, as the image table or the runner says. */
    private static boolean debianFamily(BuildPlan plan) {
        ImageFacts facts = plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts();
        return facts != null && facts.known() && "glibc".equals(facts.libc()) && facts.distro() != null
                && (facts.distro().startsWith("Debian") || facts.distro().startsWith("Ubuntu"));
    }
}
