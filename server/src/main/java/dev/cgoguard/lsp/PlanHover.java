package dev.cgoguard.lsp;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildEnvironment;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.Decision;
import dev.cgoguard.plan.PlanSummary;
import dev.cgoguard.plan.RunEnvironment;
import java.util.List;

/** A go command's resolved plan in short, as Markdown: the three decisions with their reasons, the images, tags and conditions. */
final class PlanHover {
    private PlanHover() {
    }

    static String describe(BuildPlan plan) {
        StringBuilder text = new StringBuilder();
        text.append("**go ").append(plan.invocation().subcommand()).append("** · ").append(plan.origin().description())
                .append(" · `").append(PlanSummary.of(plan)).append("`\n\n");
        text.append("- **cgo**: ").append(decision(plan.cgo(), "on", "off")).append('\n');
        text.append("- **link**: ").append(decision(plan.externalLink(), "external", "internal")).append('\n');
        text.append("- **binary**: ").append(decision(plan.staticLink(), "static", "dynamic")).append('\n');
        text.append("- **built in**: ").append(buildEnvironment(plan.buildEnvironment())).append('\n');
        text.append("- **runs in**: ").append(runEnvironment(plan.runEnvironment())).append('\n');
        text.append("- **tags**: ").append(tags(plan)).append('\n');
        text.append("- **runs when**: ").append(plan.conditions().isEmpty() ? "always" : plan.conditionText());
        return text.toString();
    }

    static String decision(Decision decision, String yes, String no) {
        String value = switch (decision.answer()) {
            case YES -> yes;
            case NO -> no;
            case UNKNOWN -> "not known";
        };
        return value + " — " + decision.reason();
    }

    /** {@code glibc 2.36}, {@code musl 1.2.4}, {@code no libc}, or what is not known. */
    static String libc(ImageFacts facts) {
        if (!facts.known()) {
            return "not in the image table";
        }
        if (facts.libc() == null) {
            return "libc not known";
        }
        if (facts.libc().equals("none")) {
            return "no libc";
        }
        return facts.libc() + (facts.libcVersion() == null ? "" : " " + facts.libcVersion());
    }

    private static String buildEnvironment(BuildEnvironment environment) {
        if (environment == null) {
            return "not known (the host running the command; linux/amd64 assumed)";
        }
        return environment.description() + ": " + libc(environment.facts())
                + (environment.goVersion() == null ? "" : ", Go " + environment.goVersion());
    }

    private static String runEnvironment(RunEnvironment environment) {
        if (environment == null) {
            return "not known: nothing here says where the binary runs";
        }
        return environment.description() + ": " + libc(environment.facts());
    }

    private static String tags(BuildPlan plan) {
        if (plan.invocation().isUnknown("-tags")) {
            return "not known from the text";
        }
        List<String> tags = plan.invocation().tags();
        if (tags == null || tags.isEmpty()) {
            return "none";
        }
        return "`" + String.join(",", tags) + "`";
    }
}
