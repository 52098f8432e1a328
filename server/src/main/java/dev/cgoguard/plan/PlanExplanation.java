package dev.cgoguard.plan;

import dev.cgoguard.gopkg.CgoPackage;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What cgoguard knows about one go command, in the words every front-end shows: a headline (the
 * command, where it comes from, the summary), the failure when the build cannot succeed, and
 * labelled items (when it runs, cgo, link, binary, tags, packages and what they reach, where it is
 * built and where it runs). The command line renders it as text, the editor as Markdown; neither
 * adds words of its own. Paths are relative to the workspace.
 */
public record PlanExplanation(String command, String origin, String summary, Optional<BuildFailure> failure,
        List<Item> items) {

    /** One labelled line of the explanation. */
    public record Item(String label, String value) {
    }

    public static PlanExplanation of(BuildPlan plan) {
        List<Item> items = new ArrayList<>();
        Optional<BuildFailure> failure = BuildFailure.of(plan);
        failure.ifPresent(f -> items.add(new Item("fails", f.reason())));
        items.add(new Item("runs when", runsWhen(plan)));
        items.add(new Item("cgo", decision(plan.cgo(), "on", "off")));
        items.add(new Item("link", decision(plan.externalLink(), "external", "internal")));
        items.add(new Item("binary", failure.isPresent() ? "none: the build fails" : decision(plan.staticLink(), "static", "dynamic")));
        items.add(new Item("tags", tags(plan)));
        items.add(new Item("packages", packages(plan)));
        if (plan.reach() != null) {
            for (ImportChain chain : plan.reach().resolver()) {
                items.add(new Item("reaches", "net's resolver via " + chain(chain)));
            }
            for (ImportChain chain : plan.reach().userLookup()) {
                items.add(new Item("reaches", "os/user via " + chain(chain)));
            }
            for (CgoPackage pkg : plan.reach().cgoPackages()) {
                items.add(new Item("cgo package", pkg.importPath() + " (import \"C\" at " + where(pkg.importC()) + ")"));
            }
            if (!plan.reach().unknownImports().isEmpty()) {
                items.add(new Item("not read", String.join(" ", plan.reach().unknownImports())));
            }
        }
        items.add(new Item("built in", buildEnvironment(plan.buildEnvironment(), plan.host())));
        items.add(new Item("runs in", runEnvironment(plan)));
        return new PlanExplanation("go " + plan.invocation().subcommand(), plan.origin().description(), summary(plan, failure),
                failure, List.copyOf(items));
    }

    /**
     * The plan in one line, for inlay hints and listings: {@code cgo on · external · static glibc 2.36},
     * or {@code build fails: example.com/db needs cgo}.
     */
    public static String summary(BuildPlan plan) {
        return summary(plan, BuildFailure.of(plan));
    }

    private static String summary(BuildPlan plan, Optional<BuildFailure> failure) {
        if (failure.isPresent()) {
            return "build fails: " + failure.get().brief();
        }
        String cgo = switch (plan.cgo().answer()) {
            case YES -> "cgo on";
            case NO -> "cgo off";
            case UNKNOWN -> "cgo ?";
        };
        String link = switch (plan.externalLink().answer()) {
            case YES -> "external";
            case NO -> "internal";
            case UNKNOWN -> "link ?";
        };
        String binary = switch (plan.staticLink().answer()) {
            case YES -> "static";
            case NO -> "dynamic";
            case UNKNOWN -> "static?";
        };
        String libc = "";
        if (!plan.cgo().isNo() && plan.buildEnvironment() != null && plan.buildEnvironment().facts().known()
                && plan.buildEnvironment().facts().libc() != null) {
            libc = " " + plan.buildEnvironment().facts().libcDescription();
        }
        return cgo + " · " + link + " · " + binary + libc;
    }

    /** {@code on — <reason>}, {@code off — <reason>} or {@code not known — <reason>}. */
    public static String decision(Decision decision, String yes, String no) {
        String value = switch (decision.answer()) {
            case YES -> yes;
            case NO -> no;
            case UNKNOWN -> "not known";
        };
        return value + " — " + decision.reason();
    }

    private static String tags(BuildPlan plan) {
        if (plan.invocation().isUnknown("-tags")) {
            return "not known from the text";
        }
        List<String> tags = plan.invocation().tags();
        return tags == null || tags.isEmpty() ? "none" : String.join(",", tags);
    }

    private static String packages(BuildPlan plan) {
        if (plan.reach() != null) {
            return String.join(" ", plan.reach().targets());
        }
        if (!plan.invocation().packages().isEmpty()) {
            return String.join(" ", plan.invocation().packages());
        }
        return plan.invocation().packagesUnknown() ? "not known from the text" : ".";
    }

    private static String chain(ImportChain chain) {
        var last = chain.lastWorkspaceImport();
        if (last == null) {
            return String.join(" -> ", chain.stdPath()) + " (the package built is outside the workspace)";
        }
        String path = chain.stdPath().isEmpty() ? last.path() : String.join(" -> ", chain.stdPath());
        return where(last.location()) + " " + path;
    }

    private static String where(SourceLocation location) {
        return location.path() + ":" + (location.range().start().line() + 1) + ":" + (location.range().start().column() + 1);
    }

    /** When the command runs, in words: always, in the modelled build, or under its conditions. */
    private static String runsWhen(BuildPlan plan) {
        if (plan.conditions().always()) {
            return "always";
        }
        String text = plan.conditionText();
        if (plan.conditions().modeled()) {
            return text.isEmpty() ? "in the modelled build (also under other conditions)" : text + " (so in the modelled build)";
        }
        return text;
    }

    private static String buildEnvironment(BuildEnvironment environment, Platform host) {
        if (environment == null) {
            return "the host running the command: the modelled host " + host + " (--host changes it)";
        }
        return environment.description() + ": " + facts(environment.facts())
                + (environment.goVersion() == null ? "" : ", Go " + environment.goVersion());
    }

    private static String runEnvironment(BuildPlan plan) {
        RunEnvironment environment = plan.runEnvironment();
        if (environment != null) {
            return environment.description() + ": " + facts(environment.facts())
                    + (environment.fromLocation() == null ? "" : " (" + where(environment.fromLocation()) + ")");
        }
        return plan.origin().kind() == PlanOrigin.Kind.DOCKERFILE ? "not copied into the image the Dockerfile builds"
                : "not known: nothing here says where the binary runs";
    }

    private static String facts(ImageFacts facts) {
        return facts.libcDescription() + (Boolean.TRUE.equals(facts.cCompiler()) ? ", a C compiler" : "");
    }
}
