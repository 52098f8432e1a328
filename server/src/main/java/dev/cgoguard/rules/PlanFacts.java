package dev.cgoguard.rules;

import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.ArrayList;
import java.util.List;

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

    /** "main.go (net/http)" style list of where the chains leave the workspace. */
    static String importers(List<ImportChain> chains) {
        List<String> parts = new ArrayList<>();
        for (ImportChain chain : chains) {
            String part = chain.lastWorkspaceImport().location().path() + " importing " + chain.lastWorkspaceImport().path();
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
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
