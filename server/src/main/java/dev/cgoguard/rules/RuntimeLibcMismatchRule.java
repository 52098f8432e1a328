package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.DockerfileText;
import dev.cgoguard.rules.fixes.CommandText;
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

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        SourceSnippets snippets = context.snippets();
        RunEnvironment run = plan.runEnvironment();
        if (run == null || plan.staticLink().isYes() || run.facts() == null || plan.producesNoBinary()) {
            return;
        }
        String runLibc = run.facts().libc();
        String binaryLibc = ImageChoices.binaryLibc(plan);
        if (runLibc == null || binaryLibc == null && !runLibc.equals("none") || runLibc.equals(binaryLibc)) {
            return;
        }
        Certainty certainty = Certainty.of(plan).unknownIf(plan.staticLink().answer() == Answer.UNKNOWN,
                "whether the binary is dynamic", "Whether it is dynamic is not certain: " + plan.staticLink().reason() + ".");
        DynamicLinkCauses causes = DynamicLinkCauses.of(plan);
        findings.add(new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                message(plan, certainty, run, binaryLibc, causes),
                related(plan, run, binaryLibc, causes), fixes(plan, run, binaryLibc, causes, snippets, context.knowledge())));
    }

    private static String message(BuildPlan plan, Certainty certainty, RunEnvironment run, String binaryLibc,
            DynamicLinkCauses causes) {
        StringBuilder text = new StringBuilder();
        String path = run.binaryPath() == null ? "the binary" : run.binaryPath();
        text.append("this go ").append(plan.invocation().subcommand()).append(" makes a dynamically linked binary (")
                .append(plan.staticLink().reason()).append(") that needs ")
                .append(binaryLibc == null ? "the build image's libc" : binaryLibc).append(", but ").append(path)
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
            SourceSnippets snippets, Knowledge knowledge) {
        List<Fix> fixes = new ArrayList<>();
        cgoOff(plan, causes, snippets).ifPresent(edit -> fixes.add(new Fix(
                "Build with CGO_ENABLED=0 (a static pure-Go binary that needs no libc)", fixes.isEmpty(), List.of(edit))));
        Optional<String> image = "musl".equals(binaryLibc)
                ? ImageChoices.alpineRunImage(plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts(), knowledge)
                : ImageChoices.glibcRunImage(ImageChoices.buildGlibc(plan), run.facts().reference(), knowledge);
        image.flatMap(name -> replaceRunImage(run, name, snippets)).ifPresent(edit -> fixes.add(new Fix(
                "Run in " + edit.newText() + " (" + ("musl".equals(binaryLibc) ? "musl, like the build stage"
                        : "glibc " + ImageChoices.buildGlibc(plan) + " or newer, as the binary needs") + ")", fixes.isEmpty(), List.of(edit))));
        if ("glibc".equals(binaryLibc) && "musl".equals(run.facts().libc())) {
            muslBuilder(plan, snippets, knowledge).ifPresent(edits -> fixes.add(new Fix("Build on " + edits.get(0).newText()
                    + " with build-base, so the binary links musl like the Alpine run image", fixes.isEmpty(), edits)));
        }
        return fixes;
    }

    /** CGO_ENABLED=0 on the command, when nothing needs cgo and it makes the binary static. */
    private static Optional<FileEdit> cgoOff(BuildPlan plan, DynamicLinkCauses causes, SourceSnippets snippets) {
        if (plan.reach() == null || causes.cgoNeeded() || "pie".equals(plan.invocation().buildMode())
                || "external".equals(plan.invocation().ldflags().linkMode())) {
            return Optional.empty();
        }
        return snippets.command(plan.origin().location())
                .map(command -> command.setEnvironment("CGO_ENABLED", "0"));
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

    /** golang:1.22 -> golang:1.22-alpine plus {@code RUN apk add --no-cache build-base}, in the build stage. */
    private static Optional<List<FileEdit>> muslBuilder(BuildPlan plan, SourceSnippets snippets, Knowledge knowledge) {
        if (plan.origin().kind() != PlanOrigin.Kind.DOCKERFILE || plan.buildEnvironment() == null
                || plan.buildEnvironment().location() == null) {
            return Optional.empty();
        }
        var from = plan.buildEnvironment().location();
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
            return DockerfileText.replaceImage(from, text, alpine)
                    .map(edit -> List.of(edit, DockerfileText.insertAfter(from, "RUN apk add --no-cache build-base")));
        }));
    }
}
