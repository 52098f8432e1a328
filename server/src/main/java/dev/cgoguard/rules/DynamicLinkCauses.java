package dev.cgoguard.rules;

import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.gopkg.CgoPackage;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.gopkg.KnownModule;
import dev.cgoguard.plan.BuildPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a binary needs a libc at run time, in words and as related locations: the cgo code of
 * {@code net} and {@code os/user}, packages with {@code import "C"}, modules known to need cgo,
 * {@code -buildmode=pie}. Shared by the rules about where a dynamic binary runs.
 */
record DynamicLinkCauses(List<String> texts, List<RelatedLocation> related, boolean cgoNeeded) {

    static DynamicLinkCauses of(BuildPlan plan) {
        List<String> texts = new ArrayList<>();
        List<RelatedLocation> related = new ArrayList<>();
        boolean needed = false;
        if ("pie".equals(plan.invocation().buildMode())) {
            texts.add("-buildmode=pie, which makes a dynamically linked PIE even without cgo");
        }
        if (plan.reach() != null) {
            List<ImportChain> resolver = located(plan.cgoResolverChains());
            List<ImportChain> users = located(plan.cgoUserLookupChains());
            if (!resolver.isEmpty()) {
                texts.add("net's cgo resolver, reached through " + PlanFacts.importers(resolver));
            }
            for (ImportChain chain : resolver) {
                related.add(new RelatedLocation(chain.lastWorkspaceImport().location(), "imports "
                        + chain.lastWorkspaceImport().path() + PlanFacts.via(chain) + ": cgo code for net links libc"));
            }
            if (!users.isEmpty()) {
                texts.add("os/user's cgo lookups, reached through " + PlanFacts.importers(users));
            }
            for (ImportChain chain : users) {
                related.add(new RelatedLocation(chain.lastWorkspaceImport().location(), "imports "
                        + chain.lastWorkspaceImport().path() + PlanFacts.via(chain) + ": cgo code for os/user links libc"));
            }
            if (!plan.cgo().isNo()) {
                for (CgoPackage pkg : plan.reach().cgoPackages()) {
                    needed = true;
                    texts.add(pkg.importPath() + " (import \"C\")");
                    related.add(new RelatedLocation(pkg.importC(), "import \"C\": this package needs cgo and libc"));
                }
            }
            for (KnownModule module : plan.reach().cgoRequiredModules()) {
                needed = true;
                texts.add(module.modulePath() + " (" + module.fact() + ")");
                if (module.importedAt() != null) {
                    related.add(new RelatedLocation(module.importedAt().location(), "imports " + module.modulePath()
                            + ", which needs cgo"));
                }
            }
        }
        if (plan.invocation().race() || plan.invocation().msan() || plan.invocation().asan()) {
            needed = true;
            texts.add("-race/-msan/-asan, which need cgo");
        }
        return new DynamicLinkCauses(List.copyOf(texts), List.copyOf(related), needed);
    }

    /** "net's cgo resolver, reached through main.go importing net/http; os/user's ..." or a fallback. */
    String describe() {
        return texts.isEmpty() ? "cgo being on" : String.join("; ", texts);
    }

    private static List<ImportChain> located(List<ImportChain> chains) {
        return chains.stream().filter(c -> !c.workspaceSteps().isEmpty()).toList();
    }
}
