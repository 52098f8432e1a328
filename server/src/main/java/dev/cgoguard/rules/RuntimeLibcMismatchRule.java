package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.DockerfileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dynamically linked binary copied into an image without its libc: no libc at all (scratch,
 * distroless/static, chainguard/static, busybox:musl) or the other family (a glibc binary in
 * Alpine, a musl binary in Debian). The kernel cannot find the ELF interpreter the binary names,
 * and the container fails at start with {@code exec /app: no such file or directory}.
 */
public final class RuntimeLibcMismatchRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("runtime-libc-mismatch", Severity.ERROR,
            "Dynamically linked binary in an image without its libc: the container fails to start (no such file or directory)");
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(ImageFixes.CGO_OFF, "build with CGO_ENABLED=0 when nothing needs cgo: a static binary that needs no libc"),
            new FixAlternative(ImageFixes.RUN_IMAGE, "run in an image with the libc the binary was linked against"),
            new FixAlternative(ImageFixes.ALPINE, "for an Alpine run image, build on the -alpine variant of the golang image with build-base"));

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
        if (run == null || plan.staticLink().isYes() || run.facts() == null || plan.producesNoBinary()) {
            return;
        }
        String runLibc = run.facts().libc();
        String binaryLibc = ImageChoices.binaryLibc(plan);
        if (runLibc == null || binaryLibc == null && !runLibc.equals("none") || runLibc.equals(binaryLibc)) {
            return;
        }
        Certainty certainty = Certainty.ofPackages(plan).unknownIf(plan.staticLink().answer() == Answer.UNKNOWN,
                "whether the binary is dynamic", "Whether it is dynamic is not certain: " + plan.staticLink().reason() + ".");
        DynamicLinkCauses causes = DynamicLinkCauses.of(plan);
        findings.add(new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                message(plan, certainty, run, binaryLibc, causes),
                related(plan, run, binaryLibc, causes), fixes(plan, run, binaryLibc, causes, context)));
    }

    private static String message(BuildPlan plan, Certainty certainty, RunEnvironment run, String binaryLibc,
            DynamicLinkCauses causes) {
        StringBuilder text = new StringBuilder();
        String path = run.binaryPath() == null ? "the binary" : run.binaryPath();
        text.append("this go ").append(plan.invocation().subcommand()).append(" makes a dynamically linked binary (")
                .append(plan.staticLink().reason()).append(") that needs ")
                .append(binaryLibc == null ? (plan.buildEnvironment() == null ? "the libc of the host that builds it" : "the build image's libc") : binaryLibc).append(", but ").append(path)
                .append(" runs in ").append(run.description()).append(", which has ")
                .append(run.facts().libcDescription()).append(". The container fails to start with `exec ")
                .append(path).append(": no such file or directory`: the ELF interpreter ")
                .append(ImageChoices.interpreter(plan, binaryLibc == null ? "glibc" : binaryLibc))
                .append(" is not in the image. The binary is dynamic because of ").append(causes.describe()).append('.');
        return certainty.message(text.toString(), causes.cgoNeeded()
                ? "The program needs cgo: run it in an image with a matching libc, or link it with musl for an Alpine image."
                : "Fix: build with CGO_ENABLED=0 (Go's own resolver and user lookups), or run it in an image with a matching libc.");
    }

    private static List<RelatedLocation> related(BuildPlan plan, RunEnvironment run, String binaryLibc,
            DynamicLinkCauses causes) {
        List<RelatedLocation> related = new ArrayList<>();
        if (run.fromLocation() != null) {
            related.add(new RelatedLocation(run.fromLocation(), "the binary runs here: " + run.description() + " has "
                    + run.facts().libcDescription()));
        }
        if (run.copyLocation() != null) {
            related.add(new RelatedLocation(run.copyLocation(), "copies the binary into that image"));
        }
        if (plan.buildEnvironment() != null && plan.buildEnvironment().location() != null && binaryLibc != null) {
            related.add(new RelatedLocation(plan.buildEnvironment().location(), "built with "
                    + plan.buildEnvironment().facts().libcDescription()));
        }
        related.addAll(causes.related());
        return related;
    }

    private static List<Fix> fixes(BuildPlan plan, RunEnvironment run, String binaryLibc, DynamicLinkCauses causes,
            RuleContext context) {
        Knowledge knowledge = context.knowledge();
        List<Fix> fixes = new ArrayList<>();
        ImageFixes.cgoOff(plan, causes, context).ifPresent(edits -> fixes.add(new Fix(
                "Build with CGO_ENABLED=0 (a static pure-Go binary that needs no libc)", fixes.isEmpty(), edits, ImageFixes.CGO_OFF)));
        Optional<String> image = "musl".equals(binaryLibc)
                ? ImageChoices.alpineRunImage(plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts(), knowledge)
                : ImageChoices.glibcRunImage(ImageChoices.buildGlibc(plan), run.facts().reference(), knowledge);
        image.flatMap(name -> replaceRunImage(run, name, context.snippets())).ifPresent(edit -> fixes.add(new Fix(
                "Run in " + edit.newText() + " (" + ("musl".equals(binaryLibc) ? "musl, like the build stage"
                        : "glibc " + ImageChoices.buildGlibc(plan) + " or newer, as the binary needs") + ")", fixes.isEmpty(),
                List.of(edit), ImageFixes.RUN_IMAGE)));
        if ("glibc".equals(binaryLibc) && "musl".equals(run.facts().libc())) {
            MuslBuild.alpineStage(plan, context.snippets(), knowledge).ifPresent(alpine -> fixes.add(new Fix("Build on "
                    + alpine.edits().get(0).newText() + " with build-base, so the binary links musl like the Alpine run image",
                    fixes.isEmpty(), alpine.edits(), ImageFixes.ALPINE)));
        }
        return fixes;
    }

    /** The run stage's FROM image replaced, when the FROM names that image literally (not a stage or a variable). */
    static Optional<FileEdit> replaceRunImage(RunEnvironment run, String image, SourceSnippets snippets) {
        if (run.fromLocation() == null) {
            return Optional.empty();
        }
        return snippets.text(run.fromLocation()).flatMap(text -> DockerfileText.image(text)
                .filter(written -> written.equals(run.facts().reference()))
                .flatMap(written -> DockerfileText.replaceImage(run.fromLocation(), text, image)));
    }

}
