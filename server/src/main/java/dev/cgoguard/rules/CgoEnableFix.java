package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fix that turns cgo on for a go command as written: {@code CGO_ENABLED=1}, plus {@code CC}
 * for a cross-compile, plus the {@code netgo}/{@code osusergo} tags when turning cgo on would
 * otherwise link glibc statically with NSS lookups. Offered only where it is right: a C compiler
 * is there (or a host is assumed to have one), and a cross compiler's name is certain.
 */
final class CgoEnableFix {
    private static final Set<String> EXTERNAL_BUILD_MODES = Set.of("c-archive", "c-shared", "plugin", "shared");

    private CgoEnableFix() {
    }

    static Optional<Fix> build(BuildPlan plan, RuleContext context) {
        if (!BuildFacts.compilerAvailable(plan)) {
            return Optional.empty();
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CGO_ENABLED", "1");
        String title = "Set CGO_ENABLED=1";
        Answer cross = plan.crossCompile();
        if (cross == Answer.UNKNOWN) {
            return Optional.empty();
        }
        if (cross == Answer.YES) {
            Optional<String> compiler = BuildFacts.crossCompiler(plan);
            if (compiler.isEmpty()) {
                return Optional.empty();
            }
            env.put("CC", compiler.get());
            title += " and CC=" + compiler.get() + " (needs the " + plan.target() + " cross compiler installed)";
        }
        GoBuildEdits build = GoBuildEdits.of(plan, context);
        Optional<List<FileEdit>> environment = build.setEnvironment(env);
        if (environment.isEmpty()) {
            return Optional.empty();
        }
        List<FileEdit> edits = new ArrayList<>(environment.get());
        List<String> tags = tagsAgainstStaticGlibc(plan);
        if (!tags.isEmpty()) {
            Optional<FileEdit> addTags = build.addTags(tags);
            if (addTags.isEmpty()) {
                return Optional.empty();
            }
            edits.add(addTags.get());
            title += " with -tags " + String.join(",", tags) + " (the static link then keeps no NSS lookups)";
        }
        return Optional.of(new Fix(title, true, edits));
    }

    /**
     * The tags that keep a static link free of glibc NSS lookups once cgo is on: needed when the
     * link would then be external and static against glibc and net or os/user is reached.
     */
    static List<String> tagsAgainstStaticGlibc(BuildPlan plan) {
        GoInvocation invocation = plan.invocation();
        if (plan.reach() == null || PlanFacts.buildsWithMusl(plan) || !asksStatic(invocation)
                || !linksExternallyWithCgo(plan)) {
            return List.of();
        }
        // Files left out while cgo is off were not read: what they import is not known, so both tags.
        boolean unseenFiles = !plan.reach().cgoRequiredPackages().isEmpty();
        List<String> tags = new ArrayList<>();
        if ((unseenFiles || !plan.reach().resolver().isEmpty()) && !invocation.hasTag("netgo")) {
            tags.add("netgo");
        }
        if ((unseenFiles || !plan.reach().userLookup().isEmpty()) && !invocation.hasTag("osusergo")) {
            tags.add("osusergo");
        }
        return tags;
    }

    private static boolean asksStatic(GoInvocation invocation) {
        ShellValue cgoLdflags = invocation.envValue("CGO_LDFLAGS");
        return invocation.ldflags().asksStatic()
                || cgoLdflags != null && cgoLdflags.known() && (" " + cgoLdflags.text() + " ").matches(".*\\s-static(-pie)?\\s.*");
    }

    /** Whether the go command would link externally once cgo is on. */
    private static boolean linksExternallyWithCgo(BuildPlan plan) {
        GoInvocation invocation = plan.invocation();
        String linkMode = invocation.ldflags().linkMode();
        if ("internal".equals(linkMode)) {
            return false;
        }
        return "external".equals(linkMode) || invocation.msan() || invocation.asan()
                || invocation.buildMode() != null && EXTERNAL_BUILD_MODES.contains(invocation.buildMode())
                || !plan.reach().cgoPackages().isEmpty() || !plan.reach().cgoRequiredPackages().isEmpty()
                || !plan.reach().cgoRequiredModules().isEmpty();
    }
}
