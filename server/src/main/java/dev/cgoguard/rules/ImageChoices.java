package dev.cgoguard.rules;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.List;
import java.util.Optional;

/**
 * Image questions the image rules share: which libc a binary links against, how two glibc
 * versions compare, and which run image would carry a matching libc. Every image proposed is
 * checked against the image table, so a fix never names an image whose facts are not known.
 */
final class ImageChoices {
    /** Debian releases with their glibc (knowledge/base-images.md), oldest first. */
    private record Release(String suite, String debian, String glibc) {
    }

    private static final List<Release> DEBIAN = List.of(new Release("bullseye", "11", "2.31"),
            new Release("bookworm", "12", "2.36"), new Release("trixie", "13", "2.41"));

    private ImageChoices() {
    }

    /** glibc, musl, or null when not known: the libc of the C toolchain the build links with. */
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
    static Optional<String> glibcRunImage(String glibc, String currentImage) {
        if (glibc == null) {
            return Optional.empty();
        }
        boolean distroless = currentImage != null
                && ImageReference.parse(currentImage).repository().startsWith("gcr.io/distroless/");
        for (Release release : DEBIAN) {
            if (compareVersions(release.glibc(), glibc) >= 0) {
                String image = distroless ? "gcr.io/distroless/base-debian" + release.debian() : "debian:" + release.suite() + "-slim";
                ImageFacts facts = ImageTable.builtIn().lookup(image);
                if (facts.known() && "glibc".equals(facts.libc()) && facts.libcVersion() != null
                        && compareVersions(facts.libcVersion(), glibc) >= 0) {
                    return Optional.of(image);
                }
            }
        }
        return Optional.empty();
    }

    /** The Debian suite whose glibc is exactly {@code glibc} (bookworm for 2.36), when there is one. */
    static Optional<String> debianSuite(String glibc) {
        return DEBIAN.stream().filter(r -> r.glibc().equals(glibc)).map(Release::suite).findFirst();
    }

    /** {@code alpine:3.Y} of the Alpine release a musl build environment is, when known. */
    static Optional<String> alpineRunImage(ImageFacts buildFacts) {
        if (buildFacts == null || buildFacts.distro() == null || !buildFacts.distro().matches("Alpine \\d+\\.\\d+")) {
            return Optional.empty();
        }
        String image = "alpine:" + buildFacts.distro().substring("Alpine ".length());
        ImageFacts facts = ImageTable.builtIn().lookup(image);
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

    /** "no libc", "musl 1.2.4", "glibc 2.31" or "an unknown libc". */
    static String describeLibc(ImageFacts facts) {
        if (facts == null || facts.libc() == null) {
            return "an unknown libc";
        }
        if (facts.libc().equals("none")) {
            return "no libc";
        }
        return facts.libc() + (facts.libcVersion() == null ? "" : " " + facts.libcVersion());
    }

    private static int number(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
    }
}
