package dev.cgoguard.rules;

import dev.cgoguard.gopkg.CgoRequiredPackage;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.gopkg.KnownModule;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small questions several rules ask of a plan, answered in one place. */
final class PlanFacts {
    private PlanFacts() {
    }

    /** glibc, musl, or null when not known: the libc of the C toolchain the build links with (CC=musl-gcc, else the build image's). */
    static String binaryLibc(BuildPlan plan) {
        ShellValue cc = plan.invocation().envValue("CC");
        if (cc != null && cc.known() && cc.text().contains("musl")) {
            return "musl";
        }
        ImageFacts facts = plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts();
        if (facts == null || !facts.known()) {
            return null;
        }
        return "glibc".equals(facts.libc()) || "musl".equals(facts.libc()) ? facts.libc() : null;
    }

    /** True when the C toolchain is musl's: a musl build image, or CC=musl-gcc. */
    static boolean buildsWithMusl(BuildPlan plan) {
        return "musl".equals(binaryLibc(plan));
    }

    /** True when the build is known to target another OS than Linux (darwin, the BSDs, Windows): glibc is not its libc. */
    static boolean targetsOtherThanLinux(BuildPlan plan) {
        String goos = plan.target().goos();
        return goos != null && !goos.equals("linux");
    }

    /** True when nothing says which libc the build links against (a Makefile run on some host). */
    static boolean buildLibcUnknown(BuildPlan plan) {
        ImageFacts facts = plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts();
        return facts != null && (!facts.known() || facts.libc() == null);
    }

    /**
     * True when every package that needs cgo still builds without it and nothing in its pure-Go files
     * says they fail without cgo, and no known module needs cgo: whether the build still works is then
     * not known from the text (a fallback such as {@code os.Getenv} for a cgo getenv works; a stub that
     * returns "not supported" does not).
     */
    static boolean silentFallbacksOnly(List<CgoRequiredPackage> packages,
            List<KnownModule> modules) {
        return modules.isEmpty() && !packages.isEmpty()
                && packages.stream().allMatch(p -> p.buildableWithoutCgo() && p.failsWithoutCgo() == null);
    }

    /** The unknown a finding that rests on silent fallbacks declares. */
    static final String SILENT_FALLBACK = "Whether those pure-Go files do the same work is not known: nothing in them says they"
            + " fail without cgo.";

    /** At most this many places are named in a message; the related locations list them. */
    static final int NAMED_IN_MESSAGE = 3;

    /**
     * "main.go importing net/http, ..., and 12 more" list of where the chains leave the workspace
     * ("net/http (the package built)" for a chain from a package outside it).
     */
    static String importers(List<ImportChain> chains) {
        Set<String> parts = new LinkedHashSet<>();
        for (ImportChain chain : chains) {
            parts.add(chain.startsInWorkspace()
                    ? chain.lastWorkspaceImport().location().path() + " importing " + chain.lastWorkspaceImport().path()
                    : chain.stdPath().get(0) + " (the package built)");
        }
        return named(List.copyOf(parts));
    }

    /** The first few items, then how many more: "a, b, c and 12 more". */
    static String named(List<String> items) {
        if (items.size() <= NAMED_IN_MESSAGE) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, NAMED_IN_MESSAGE)) + " and " + (items.size() - NAMED_IN_MESSAGE) + " more";
    }

    /** " (via crypto/tls -> net)" when the chain goes through other standard packages. */
    static String via(ImportChain chain) {
        if (chain.stdPath().size() <= 1) {
            return "";
        }
        return " (via " + String.join(" -> ", chain.stdPath().subList(1, chain.stdPath().size())) + ")";
    }

    /** The build tags that remove the cgo lookups found: netgo, osusergo or both. */
    static String neededTags(List<ImportChain> resolver, List<ImportChain> users) {
        List<String> tags = new ArrayList<>();
        if (!resolver.isEmpty()) {
            tags.add("netgo");
        }
        if (!users.isEmpty()) {
            tags.add("osusergo");
        }
        return tags.isEmpty() ? "netgo,osusergo" : String.join(",", tags);
    }
}
