package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.knowledge.DebianRelease;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.GoReleases;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.rules.fixes.DockerfileText;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go toolchain with a known runtime or libc bug (knowledge/go-cgo-facts.md §6): Go up to 1.9.2
 * on linux/amd64 calls the vDSO on a small stack (golang/go#20427), Go before 1.6 cannot look up
 * users with musl (golang/go#11319); and a release that no longer gets security fixes (older than
 * the two newest) as info. The toolchain is the one that runs the build ({@code FROM golang:<v>},
 * setup-go); go.mod's {@code go} and {@code toolchain} lines name a minimum, not the toolchain used,
 * so they are not reported.
 */
public final class GoVersionKnownBugRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("go-version-known-bug", Severity.WARNING,
            "Go toolchain with a known runtime/libc bug, or no longer supported", Severity.WARNING,
            "info for a release that is only out of support");
    private static final Pattern GOLANG_TAG = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)?(?:rc\\d+)?(-[a-z0-9.]+)?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BuildPlan plan : context.plans()) {
            Optional<GoToolchainVersion> version = GoToolchainVersion.of(plan.buildEnvironment());
            if (version.isEmpty() || version.get().major() != 1) {
                continue;
            }
            boolean dockerfile = plan.origin().kind() == PlanOrigin.Kind.DOCKERFILE && plan.buildEnvironment().location() != null;
            SourceLocation named = plan.buildEnvironment().goVersionLocation();
            // once where the version is named (the FROM line, the setup-go step), not once per go command
            SourceLocation at = dockerfile ? plan.buildEnvironment().location() : named != null ? named : plan.origin().location();
            if (seen.add(at.path() + ":" + at.range().start().line())) {
                check(plan, version.get(), at, dockerfile, context, findings);
            }
        }
        return findings;
    }

    private void check(BuildPlan plan, GoToolchainVersion version, SourceLocation at, boolean dockerfile,
            RuleContext context, List<Finding> findings) {
        GoReleases.Release newest = context.knowledge().go().newest();
        GoReleases.Release oldestSupported = context.knowledge().go().oldestSupported();
        List<String> problems = new ArrayList<>();
        Severity severity = Severity.INFO;
        if (version.belowPatch(1, 9, 3) && targetsAmd64(plan)) {
            problems.add("Go " + version + " on linux/amd64 calls the vDSO on a small goroutine stack: on kernels built with"
                    + " stack probes the program crashes with memory corruption (golang/go#20427, fixed in Go 1.9.3 and 1.10)");
            severity = Severity.WARNING;
        }
        if (version.below(1, 6) && "musl".equals(ImageChoices.binaryLibc(plan)) && !plan.cgoUserLookupChains().isEmpty()) {
            problems.add("Go " + version + " cannot look up users with musl through cgo: musl's sysconf(_SC_GETPW_R_SIZE_MAX)"
                    + " returns -1 and os/user fails with `user: unreasonable _SC_GETPW_R_SIZE_MAX of -1` (golang/go#11319,"
                    + " fixed in Go 1.6)");
            severity = Severity.WARNING;
        }
        if (version.below(oldestSupported.major(), oldestSupported.minor())) {
            problems.add("Go " + version.major() + "." + version.minor() + " no longer gets security or bug fixes: each release"
                    + " is supported until two newer ones are out (" + oldestSupported + " and " + newest + " as of Go " + newest
                    + ".0" + (newest.released() == null ? "" : ", " + newest.released()) + ")");
        }
        if (problems.isEmpty()) {
            return;
        }
        String where = version.image() != null ? "the build image " + version.image() : plan.buildEnvironment().description();
        String text = "This build runs Go " + version + " (" + where + "). " + String.join(". ", problems)
                + ". Fix: build with a supported release (Go " + newest + ").";
        List<RelatedLocation> related = new ArrayList<>();
        if (!dockerfile && plan.buildEnvironment().location() != null && !plan.buildEnvironment().location().equals(at)) {
            related.add(new RelatedLocation(plan.buildEnvironment().location(), "the build runs here"));
        }
        List<Fix> fixes = dockerfile ? bump(plan, at, context.snippets(), context.knowledge()).map(edit -> List.of(new Fix("Build on " + edit.newText(), true,
                List.of(edit)))).orElse(List.of()) : List.of();
        findings.add(new Finding(INFO.id(), severity, at, text, related, fixes));
    }

    private static boolean targetsAmd64(BuildPlan plan) {
        ShellValue arch = plan.invocation().envValue("GOARCH");
        ShellValue os = plan.invocation().envValue("GOOS");
        return (arch == null || arch.known() && arch.text().equals("amd64")) && (os == null || os.known() && os.text().equals("linux"));
    }

    /** The same libc before and after: the same glibc version, or musl on both sides. */
    private static boolean sameLibc(ImageFacts before, ImageFacts after) {
        if (before == null || !before.known() || before.libc() == null || !before.libc().equals(after.libc())) {
            return false;
        }
        return "musl".equals(before.libc()) || before.libcVersion() != null && before.libcVersion().equals(after.libcVersion());
    }

    /**
     * golang:1.22 -> golang:1.27-bookworm: the newest release on the same Debian release when
     * that one is still published, else on bookworm; an Alpine tag stays Alpine. Offered only when the
     * libc the binary links stays the same (or the binary is static), so the bump cannot cause a glibc skew.
     */
    private static Optional<FileEdit> bump(BuildPlan plan, SourceLocation from, SourceSnippets snippets, Knowledge knowledge) {
        return snippets.text(from).flatMap(text -> DockerfileText.image(text).flatMap(written -> {
            ImageReference ref = ImageReference.parse(written);
            Matcher m = GOLANG_TAG.matcher(ref.tag() == null ? "" : ref.tag());
            if (!ref.repository().equals("golang") || ref.digest() != null || !m.matches()) {
                return Optional.empty();
            }
            String suffix = m.group(1) == null ? "" : m.group(1);
            ImageFacts facts = plan.buildEnvironment().facts();
            GoReleases.Release newest = knowledge.go().newest();
            DebianRelease newestDebian = knowledge.debian().newest();
            Optional<DebianRelease> older = suffix.isEmpty() ? Optional.empty()
                    : knowledge.debian().suite(suffix.substring(1)).filter(release -> release != newestDebian);
            String newSuffix;
            if (suffix.startsWith("-alpine")) {
                newSuffix = "-alpine";
            } else if (suffix.equals("-" + newestDebian.suite())
                    || suffix.isEmpty() && facts != null && ("Debian " + newestDebian.number()).equals(facts.distro())) {
                newSuffix = suffix;
            } else if (suffix.isEmpty() || older.isPresent()) {
                // the oldest Debian release the newest Go still has a variant on
                Optional<DebianRelease> target = knowledge.debian().current().stream()
                        .filter(release -> release.hasGolangVariant(newest.major(), newest.minor())).findFirst();
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                newSuffix = "-" + target.get().suite();
            } else {
                return Optional.empty();
            }
            String bumped = written.substring(0, written.lastIndexOf(':') + 1) + newest + newSuffix;
            ImageFacts after = knowledge.images().lookup(bumped);
            if (!after.known() || !plan.staticLink().isYes() && !sameLibc(facts, after)) {
                return Optional.empty();
            }
            return DockerfileText.replaceImage(from, text, bumped);
        }));
    }
}
