package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code -extldflags} on a build the Go linker links internally: the flags reach no linker, so
 * {@code -extldflags "-static"} leaves a dynamically linked binary (go-cgo-facts §4). The
 * Blue Matador agent and the "truly static binaries" write-up both met it.
 */
public final class IneffectiveExtldflagsRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("ineffective-extldflags", Severity.WARNING,
            "-extldflags on a build that links internally: ignored, so a \"static\" binary stays dynamic");
    static final String CGO_OFF = "cgo-off";
    static final String EXTERNAL_LINK = "external-link";
    static final String DROP_FLAG = "drop-flag";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(CGO_OFF, "build with CGO_ENABLED=0 (when nothing needs cgo) and drop -extldflags: a static pure-Go binary"),
            new FixAlternative(EXTERNAL_LINK, "add -linkmode=external so that -extldflags applies, with -tags netgo,osusergo as needed"),
            new FixAlternative(DROP_FLAG, "remove -extldflags, which does nothing here"));

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
        GoInvocation invocation = plan.invocation();
        if (!invocation.ldflags().extldflagsGiven() || plan.externalLink().isYes() || plan.staticLink().isYes()) {
            return;
        }
        boolean linkUnread = plan.externalLink().answer() == Answer.UNKNOWN;
        if (linkUnread && (plan.reach() == null || plan.reach().unknownImports().isEmpty())) {
            return; // the link mode is open for another reason than packages not read (cgo itself unknown)
        }
        Certainty certainty = Certainty.ofPackages(plan)
                .unknownIf(linkUnread, "whether the Go linker links internally",
                        "Whether it links internally is not known: " + plan.externalLink().reason() + ".")
                .unknownIf(!linkUnread && !plan.staticLink().isNo(), "whether the binary is static",
                        "Whether the binary is static is not known: " + plan.staticLink().reason() + ".");
        findings.add(new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                message(plan, certainty), List.of(), fixes(plan, context)));
    }

    private static String message(BuildPlan plan, Certainty certainty) {
        GoInvocation invocation = plan.invocation();
        StringBuilder text = new StringBuilder();
        String flags = invocation.ldflags().extldflags().isEmpty() ? "" : " \"" + String.join(" ", invocation.ldflags().extldflags()) + "\"";
        if (plan.externalLink().isNo()) {
            text.append("-extldflags").append(flags).append(" is ignored: only the external linker reads it, and this go ")
                    .append(invocation.subcommand()).append(" links internally (").append(plan.externalLink().reason()).append("). ");
        } else {
            text.append("-extldflags").append(flags).append(" is ignored if this go ").append(invocation.subcommand())
                    .append(" links internally: only the external linker reads it, and no package read uses cgo. ");
        }
        if (plan.staticLink().isNo()) {
            text.append("The binary is dynamically linked (").append(plan.staticLink().reason()).append(")");
            text.append(invocation.ldflags().asksStatic() ? ", not static as asked: it needs the dynamic loader and libc where it runs."
                    : ".");
        }
        String fix;
        if (invocation.ldflags().asksStatic()) {
            fix = (staticBuildPossibleWithoutCgo(plan)
                    ? "Fix: build with CGO_ENABLED=0 for a static binary with no libc (nothing built needs cgo)"
                    : "Fix: link externally (-linkmode=external), with -tags netgo,osusergo where net or os/user is used")
                    + ", or drop -extldflags.";
        } else {
            fix = "Fix: drop -extldflags, or add -linkmode=external if the flags are needed.";
        }
        return certainty.message(text.toString(), fix);
    }

    private static List<Fix> fixes(BuildPlan plan, RuleContext context) {
        GoBuildEdits build = GoBuildEdits.of(plan, context);
        if (!build.editable()) {
            return List.of();
        }
        GoInvocation invocation = plan.invocation();
        List<Fix> fixes = new ArrayList<>();
        Optional<List<FileEdit>> dropFlag = build.removeExternalLinkerFlags();
        if (invocation.ldflags().asksStatic() && staticBuildPossibleWithoutCgo(plan)) {
            build.setEnvironment(Map.of("CGO_ENABLED", "0")).ifPresent(edits -> {
                List<FileEdit> all = new ArrayList<>(edits);
                dropFlag.ifPresent(all::addAll);
                fixes.add(new Fix(dropFlag.isPresent() ? "Build with CGO_ENABLED=0 and without -extldflags (a static pure-Go binary, no libc)"
                        : "Build with CGO_ENABLED=0 (a static pure-Go binary, no libc)", true, all, CGO_OFF));
            });
        }
        if (invocation.ldflags().asksStatic() && invocation.ldflags().linkMode() == null) {
            externalLinkFix(plan, build).ifPresent(fixes::add);
        }
        dropFlag.ifPresent(edits -> fixes.add(new Fix("Remove -extldflags (it has no effect on an internal link)", false, edits, DROP_FLAG)));
        if (!fixes.isEmpty() && fixes.stream().noneMatch(Fix::preferred)) {
            fixes.set(0, fixes.get(0).withPreferred(true));
        }
        return fixes;
    }

    /**
     * {@code -linkmode=external}, which makes -extldflags "-static" link libc statically; on glibc
     * only together with the tags that keep NSS lookups out (else static-glibc-nss).
     */
    private static Optional<Fix> externalLinkFix(BuildPlan plan, GoBuildEdits build) {
        if (plan.reach() == null || !plan.cgo().isYes()) {
            return Optional.empty();
        }
        List<FileEdit> edits = new ArrayList<>();
        build.linkerFlags().flatMap(flags -> flags.prepend("-linkmode=external")).ifPresent(edits::add);
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        if (!PlanFacts.buildsWithMusl(plan)) {
            if (!plan.reach().resolver().isEmpty() && !plan.invocation().hasTag("netgo")) {
                tags.add("netgo");
            }
            if (!plan.reach().userLookup().isEmpty() && !plan.invocation().hasTag("osusergo")) {
                tags.add("osusergo");
            }
        }
        String title = "Link externally (-linkmode=external) so that -extldflags applies";
        if (!tags.isEmpty()) {
            Optional<FileEdit> addTags = build.addTags(tags);
            if (addTags.isEmpty()) {
                return Optional.empty();
            }
            edits.add(addTags.get());
            title += ", with -tags " + String.join(",", tags) + " (no NSS lookups in a static glibc binary)";
        }
        return Optional.of(new Fix(title, false, edits, EXTERNAL_LINK));
    }

    /** Nothing built needs cgo and no flag needs it, so CGO_ENABLED=0 gives the static binary asked for. */
    static boolean staticBuildPossibleWithoutCgo(BuildPlan plan) {
        GoInvocation invocation = plan.invocation();
        return plan.reach() != null && plan.reach().cgoPackages().isEmpty() && plan.reach().cgoRequiredModules().isEmpty()
                && plan.reach().unknownImports().isEmpty() && !invocation.race() && !invocation.msan() && !invocation.asan()
                && invocation.buildMode() == null && !"external".equals(invocation.ldflags().linkMode())
                && plan.crossCompile() != Answer.UNKNOWN;
    }
}
