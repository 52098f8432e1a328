package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gopkg.GoCallSite;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.DockerfileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outbound TLS from a run image without a CA bundle (scratch, debian, ubuntu, busybox): the system
 * pool is empty, and every HTTPS request fails with {@code x509: certificate signed by unknown
 * authority}. Only programs with a client call site are reported; a server that only listens is not.
 */
public final class ScratchMissingCaCertsRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("scratch-missing-ca-certs", Severity.WARNING,
            "Outbound TLS from a run image without CA certificates: x509: certificate signed by unknown authority");

    static final String INSTALL = "install";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(RunStageCopy.COPY, "copy the CA bundle of the build stage into the run image"),
            new FixAlternative(INSTALL, "install ca-certificates in a Debian or Ubuntu run image"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<FixAlternative> fixAlternatives() {
        return ALTERNATIVES;
    }

    /** {@code RUN apt-get install ca-certificates} right after the run stage's FROM, when that image is Debian or Ubuntu. */
    private static Optional<FileEdit> installInRunImage(BuildPlan plan, RunEnvironment run) {
        String distro = run.facts().distro();
        if (plan.origin().kind() != PlanOrigin.Kind.DOCKERFILE || run.fromLocation() == null || distro == null
                || !"glibc".equals(run.facts().libc()) || !(distro.startsWith("Debian") || distro.startsWith("Ubuntu"))
                || run.facts().reference() == null || run.facts().reference().startsWith("gcr.io/distroless/")) {
            return Optional.empty();
        }
        return Optional.of(DockerfileText.insertAfter(run.fromLocation(),
                "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*"));
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        RunEnvironment run = plan.runEnvironment();
        if (run == null || run.facts() == null || !Boolean.FALSE.equals(run.facts().caCertificates())
                || plan.reach() == null) {
            return;
        }
        List<GoCallSite> calls = plan.reach().tlsClientCalls();
        if (!calls.isEmpty()) {
            findings.add(finding(plan, run, calls, context.snippets()));
        }
    }

    private static Finding finding(BuildPlan plan, RunEnvironment run, List<GoCallSite> calls, SourceSnippets snippets) {
        StringBuilder text = new StringBuilder();
        text.append("the program makes outbound TLS connections (").append(CallSites.describe(calls))
                .append("), but it runs in ").append(run.description())
                .append(", which has no CA certificates: the system pool is empty and HTTPS requests fail with"
                        + " `x509: certificate signed by unknown authority`.");
        Certainty certainty = Certainty.ofPackages(plan);
        List<RelatedLocation> related = new ArrayList<>();
        if (run.fromLocation() != null) {
            related.add(new RelatedLocation(run.fromLocation(), "the binary runs here: " + run.description()
                    + " has no CA certificates"));
        }
        related.addAll(CallSites.related(calls, "a TLS client: verifies servers against the system CA pool"));
        List<Fix> fixes = new ArrayList<>();
        RunStageCopy.fix(plan, snippets, "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/certs/",
                ImageFacts::caCertificates, "Copy the CA bundle from the build stage into the run image", true).ifPresent(fixes::add);
        installInRunImage(plan, run).map(edit -> new Fix("Install ca-certificates in the run image (" + run.description() + ")",
                fixes.isEmpty(), List.of(edit), INSTALL)).ifPresent(fixes::add);
        return new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                certainty.message(text.toString(), "Fix: copy /etc/ssl/certs/ca-certificates.crt from the build stage, or"
                        + " install ca-certificates in the run image."), related, fixes);
    }
}
