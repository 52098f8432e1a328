package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.knowledge.DebianRelease;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.GoVersion;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.DockerfileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dynamic glibc binary built against a newer glibc than the image it runs in. The dynamic
 * loader refuses to start it when it needs symbol versions the older glibc lacks
 * ({@code version `GLIBC_2.34' not found}); every binary linked against glibc 2.34 or newer needs
 * GLIBC_2.34 (libpthread merged into libc), so that crossing is an error.
 */
public final class GlibcVersionSkewRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("glibc-version-skew", Severity.WARNING,
            "Dynamic glibc binary built against a newer glibc than the run image has (GLIBC_2.xx not found)", Severity.WARNING,
            "error when it is built against glibc 2.34 or newer and runs on an older one");
    private static final String PTHREAD_MERGE = "2.34";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(ImageFixes.RUN_IMAGE, "run on the build stage's Debian release or a newer one"),
            new FixAlternative(ImageFixes.OLDER_BUILD_IMAGE, "build on the golang image of the run image's Debian release"),
            new FixAlternative(ImageFixes.CGO_OFF, "build with CGO_ENABLED=0 when nothing needs cgo: the binary needs no glibc"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<FixAlternative> fixAlternatives() {
        return ALTERNATIVES;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        RunEnvironment run = plan.runEnvironment();
        if (run == null || run.facts() == null || plan.staticLink().isYes() || plan.producesNoBinary()
                || !"glibc".equals(run.facts().libc())) {
            return;
        }
        String built = ImageChoices.buildGlibc(plan);
        String runs = run.facts().libcVersion();
        if (built == null || runs == null || ImageChoices.compareVersions(built, runs) <= 0) {
            return;
        }
        boolean crossesMerge = ImageChoices.compareVersions(built, PTHREAD_MERGE) >= 0
                && ImageChoices.compareVersions(runs, PTHREAD_MERGE) < 0;
        Certainty certainty = Certainty.ofPackages(plan).unknownIf(plan.staticLink().answer() == Answer.UNKNOWN,
                "whether the binary is dynamic", "Whether it is dynamic is not certain: " + plan.staticLink().reason() + ".");
        DynamicLinkCauses causes = DynamicLinkCauses.of(plan);
        findings.add(new Finding(INFO.id(), certainty.severity(crossesMerge ? Severity.ERROR : INFO.defaultSeverity()),
                plan.origin().location(), message(plan, certainty, run, built, runs, crossesMerge, causes),
                related(plan, run, built, causes),
                fixes(plan, run, built, runs, causes, context)));
    }

    private static String message(BuildPlan plan, Certainty certainty, RunEnvironment run, String built, String runs,
            boolean crossesMerge, DynamicLinkCauses causes) {
        StringBuilder text = new StringBuilder();
        String path = run.binaryPath() == null ? "the binary" : run.binaryPath();
        text.append("this go ").append(plan.invocation().subcommand()).append(" links glibc dynamically (")
                .append(plan.staticLink().reason()).append(") against glibc ").append(built).append(" of ")
                .append(plan.buildEnvironment().description()).append(", but ").append(path).append(" runs in ")
                .append(run.description()).append(" with glibc ").append(runs).append(". ");
        if (crossesMerge) {
            text.append("Binaries linked against glibc 2.34 or newer need the symbol version GLIBC_2.34 (libpthread was merged"
                    + " into libc): the container fails to start with `").append(path)
                    .append(": /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found`.");
        } else {
            text.append("If the binary uses a symbol version newer than glibc ").append(runs)
                    .append(", it fails to start with `version `GLIBC_2.xx' not found`.");
        }
        text.append(" The binary needs libc because of ").append(causes.describe()).append('.');
        return certainty.message(text.toString(), "Fix: run it in an image with glibc " + built
                + " or newer, or build on the older release.");
    }

    private static List<RelatedLocation> related(BuildPlan plan, RunEnvironment run, String built, DynamicLinkCauses causes) {
        List<RelatedLocation> related = new ArrayList<>();
        if (run.fromLocation() != null) {
            related.add(new RelatedLocation(run.fromLocation(), "the binary runs here, with "
                    + run.facts().libcDescription()));
        }
        if (run.copyLocation() != null) {
            related.add(new RelatedLocation(run.copyLocation(), "copies the binary into that image"));
        }
        if (plan.buildEnvironment().location() != null) {
            related.add(new RelatedLocation(plan.buildEnvironment().location(), "built against glibc " + built));
        }
        related.addAll(causes.related());
        return related;
    }

    private static List<Fix> fixes(BuildPlan plan, RunEnvironment run, String built, String runs, DynamicLinkCauses causes,
            RuleContext context) {
        SourceSnippets snippets = context.snippets();
        Knowledge knowledge = context.knowledge();
        List<Fix> fixes = new ArrayList<>();
        String runImage = run.facts().reference();
        boolean debianFamily = runImage != null && (ImageReference.parse(runImage).repository().equals("debian")
                || ImageReference.parse(runImage).repository().startsWith("gcr.io/distroless/"));
        if (debianFamily) {
            ImageChoices.glibcRunImage(built, runImage, knowledge)
                    .flatMap(image -> RuntimeLibcMismatchRule.replaceRunImage(run, image, snippets))
                    .ifPresent(edit -> fixes.add(new Fix("Run in " + edit.newText() + " (glibc " + built + " or newer)",
                            fixes.isEmpty(), List.of(edit), ImageFixes.RUN_IMAGE)));
        }
        olderBuilder(plan, runs, snippets, knowledge).ifPresent(edit -> fixes.add(new Fix("Build on " + edit.newText()
                + " (glibc " + runs + ", as old as the run image's)", fixes.isEmpty(), List.of(edit), ImageFixes.OLDER_BUILD_IMAGE)));
        ImageFixes.cgoOff(plan, causes, context).ifPresent(edits -> fixes.add(new Fix(
                "Build with CGO_ENABLED=0 (nothing needs cgo: a static binary that needs no glibc)", fixes.isEmpty(), edits,
                ImageFixes.CGO_OFF)));
        return fixes;
    }

    /** golang:1.22 -> golang:1.22-bullseye when that image exists with the run image's glibc. */
    private static Optional<FileEdit> olderBuilder(BuildPlan plan, String runs, SourceSnippets snippets, Knowledge knowledge) {
        if (plan.origin().kind() != PlanOrigin.Kind.DOCKERFILE || plan.buildEnvironment().location() == null) {
            return Optional.empty();
        }
        Optional<DebianRelease> suite = knowledge.debian().withGlibc(runs);
        if (suite.isEmpty()) {
            return Optional.empty();
        }
        var from = plan.buildEnvironment().location();
        return snippets.text(from).flatMap(text -> DockerfileText.image(text).flatMap(written -> {
            ImageReference ref = ImageReference.parse(written);
            Optional<GolangImageTag> tag = GolangImageTag.read(ref.tag(), knowledge);
            if (!ref.repository().equals("golang") || ref.digest() != null || tag.isEmpty()) {
                return Optional.empty();
            }
            String older = written.substring(0, written.lastIndexOf(':') + 1) + tag.get().goVersion() + "-" + suite.get().suite();
            ImageFacts facts = knowledge.images().lookup(older);
            Optional<GoVersion> go = GoVersion.parse(tag.get().goVersion());
            if (!facts.known() || !runs.equals(facts.libcVersion()) || go.isEmpty()
                    || !suite.get().hasGolangVariant(go.get().major(), go.get().minor())) {
                return Optional.empty();
            }
            return DockerfileText.replaceImage(from, text, older);
        }));
    }
}
