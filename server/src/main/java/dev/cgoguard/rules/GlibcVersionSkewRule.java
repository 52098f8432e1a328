package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.DockerfileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dynamic glibc binary built against a newer glibc than the image it runs in. The dynamic
 * loader refuses to start it when it needs symbol versions the older glibc lacks
 * ({@code version `GLIBC_2.34' not found}); every binary linked against glibc 2.34 or newer needs
 * GLIBC_2.34 (libpthread merged into libc), so that crossing is an error.
 */
public final class GlibcVersionSkewRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("glibc-version-skew", Severity.WARNING,
            "Dynamic glibc binary built against a newer glibc than the run image has (GLIBC_2.xx not found)");
    private static final String PTHREAD_MERGE = "2.34";
    private static final Pattern GOLANG_TAG = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)(?:-(?:bookworm|trixie|bullseye|buster))?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        SourceSnippets snippets = context.snippets();
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
        Severity severity = crossesMerge ? Severity.ERROR : INFO.defaultSeverity();
        boolean uncertain = plan.staticLink().answer() == Answer.UNKNOWN || !plan.conditions().isEmpty();
        if (uncertain) {
            severity = severity.lower();
        }
        DynamicLinkCauses causes = DynamicLinkCauses.of(plan);
        findings.add(new Finding(INFO.id(), severity, plan.origin().location(),
                message(plan, run, built, runs, crossesMerge, causes), related(plan, run, built, causes),
                fixes(plan, run, built, runs, snippets)));
    }

    private static String message(BuildPlan plan, RunEnvironment run, String built, String runs, boolean crossesMerge,
            DynamicLinkCauses causes) {
        StringBuilder text = new StringBuilder();
        if (!plan.conditions().isEmpty()) {
            String condition = plan.conditionText();
            text.append(Character.toUpperCase(condition.charAt(0))).append(condition.substring(1)).append(": ");
        }
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
        if (plan.staticLink().answer() == Answer.UNKNOWN) {
            text.append(" Whether it is dynamic is not certain: ").append(plan.staticLink().reason()).append('.');
        }
        text.append(" Fix: run it in an image with glibc ").append(built)
                .append(" or newer, or build on the older release.");
        return text.toString();
    }

    private static List<RelatedLocation> related(BuildPlan plan, RunEnvironment run, String built, DynamicLinkCauses causes) {
        List<RelatedLocation> related = new ArrayList<>();
        if (run.fromLocation() != null) {
            related.add(new RelatedLocation(run.fromLocation(), "the binary runs here, with "
                    + ImageChoices.describeLibc(run.facts())));
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

    private static List<Fix> fixes(BuildPlan plan, RunEnvironment run, String built, String runs, SourceSnippets snippets) {
        List<Fix> fixes = new ArrayList<>();
        String runImage = run.facts().reference();
        boolean debianFamily = runImage != null && (ImageReference.parse(runImage).repository().equals("debian")
                || ImageReference.parse(runImage).repository().startsWith("gcr.io/distroless/"));
        if (debianFamily) {
            ImageChoices.glibcRunImage(built, runImage)
                    .flatMap(image -> RuntimeLibcMismatchRule.replaceRunImage(run, image, snippets))
                    .ifPresent(edit -> fixes.add(new Fix("Run in " + edit.newText() + " (glibc " + built + " or newer)",
                            fixes.isEmpty(), List.of(edit))));
        }
        olderBuilder(plan, runs, snippets).ifPresent(edit -> fixes.add(new Fix("Build on " + edit.newText()
                + " (glibc " + runs + ", as old as the run image's)", fixes.isEmpty(), List.of(edit))));
        return fixes;
    }

    /** golang:1.22 -> golang:1.22-bullseye when that image exists with the run image's glibc. */
    private static Optional<FileEdit> olderBuilder(BuildPlan plan, String runs, SourceSnippets snippets) {
        if (plan.origin().kind() != PlanOrigin.Kind.DOCKERFILE || plan.buildEnvironment().location() == null) {
            return Optional.empty();
        }
        Optional<String> suite = ImageChoices.debianSuite(runs);
        if (suite.isEmpty()) {
            return Optional.empty();
        }
        var from = plan.buildEnvironment().location();
        return snippets.text(from).flatMap(text -> DockerfileText.image(text).flatMap(written -> {
            ImageReference ref = ImageReference.parse(written);
            Matcher m = GOLANG_TAG.matcher(ref.tag() == null ? "" : ref.tag());
            if (!ref.repository().equals("golang") || ref.digest() != null || !m.matches()) {
                return Optional.empty();
            }
            String older = written.substring(0, written.lastIndexOf(':') + 1) + m.group(1) + "-" + suite.get();
            ImageFacts facts = ImageTable.builtIn().lookup(older);
            if (!facts.known() || !runs.equals(facts.libcVersion()) || !suiteExists(m.group(1), suite.get())) {
                return Optional.empty();
            }
            return DockerfileText.replaceImage(from, text, older);
        }));
    }

    /** Whether docker-library/golang publishes that suite for that Go minor (knowledge/base-images.md, "Suite variants"). */
    private static boolean suiteExists(String goVersion, String suite) {
        var version = dev.cgoguard.plan.GoVersion.parse(goVersion);
        if (version.isEmpty()) {
            return false;
        }
        var v = version.get();
        return switch (suite) {
            case "bullseye" -> v.atLeast(1, 16) && !v.atLeast(1, 25);
            case "bookworm" -> v.atLeast(1, 20);
            case "trixie" -> v.atLeast(1, 24);
            default -> false;
        };
    }
}
