package dev.cgoguard.rules;

import dev.cgoguard.knowledge.DebianRelease;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.Optional;

/**
 * Image questions the image rules share: which libc a binary links against, how two glibc
 * versions compare, and which run image would carry a matching libc. Every image proposed is
 * checked against the image table, so a fix never names an image whose facts are not known.
 */
final class ImageChoices {
    private ImageChoices() {
    }

    /** glibc, musl, or null when not known: the libc of the C toolchain the build links with. */
    static String binaryLibc(BuildPlan plan) {
        return PlanFacts.binaryLibc(plan);
    }

    /** The build environment's libc version when it is glibc and known, else null. */
    static String buildGlibc(BuildPlan plan) {
        ImageFacts facts = plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts();
        return "glibc".equals(binaryLibc(plan)) && facts != null ? facts.libcVersion() : null;
    }

    /** Compares "2.36" with "2.31" numerically; unparsable parts count as 0. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? number(x[i]) : 0;
            int q = i < y.length ? number(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /**
     * A glibc run image at least as new as {@code glibc}: the distroless base of the matching
     * Debian release when the run image is distroless, else {@code debian:<suite>-slim}.
     */
    static Optional<String> glibcRunImage(String glibc, String currentImage, Knowledge knowledge) {
        if (glibc == null) {
            return Optional.empty();
        }
        boolean distroless = currentImage != null
                && ImageReference.parse(currentImage).repository().startsWith("gcr.io/distroless/");
        for (DebianRelease release : knowledge.debian().current()) {
            if (compareVersions(release.glibc(), glibc) >= 0) {
                String image = distroless ? "gcr.io/distroless/base-debian" + release.number() : "debian:" + release.suite() + "-slim";
                ImageFacts facts = knowledge.images().lookup(image);
                if (facts.known() && "glibc".equals(facts.libc()) && facts.libcVersion() != null
                        && compareVersions(facts.libcVersion(), glibc) >= 0) {
                    return Optional.of(image);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code alpine:3.Y} of the Alpine release a musl build environment is, when known. */
    static Optional<String> alpineRunImage(ImageFacts buildFacts, Knowledge knowledge) {
        if (buildFacts == null || buildFacts.distro() == null || !buildFacts.distro().matches("Alpine \\d+\\.\\d+")) {
            return Optional.empty();
        }
        String image = "alpine:" + buildFacts.distro().substring("Alpine ".length());
        ImageFacts facts = knowledge.images().lookup(image);
        return facts.known() && "musl".equals(facts.libc()) ? Optional.of(image) : Optional.empty();
    }

    /** The ELF interpreter a dynamic binary for the plan's target asks for. */
    static String interpreter(BuildPlan plan, String libc) {
        ShellValue arch = plan.invocation().envValue("GOARCH");
        boolean arm64 = arch != null && arch.known() && arch.text().equals("arm64");
        if ("musl".equals(libc)) {
            return arm64 ? "/lib/ld-musl-aarch64.so.1" : "/lib/ld-musl-x86_64.so.1";
        }
        return arm64 ? "/lib/ld-linux-aarch64.so.1" : "/lib64/ld-linux-x86-64.so.2";
    }

    private static int number(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
    }
}
