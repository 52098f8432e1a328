package dev.cgoguard.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How installing packages in an image ({@code apt-get install}, {@code apk add}, {@code dnf install},
 * ...) changes what it provides: a C compiler, CA certificates, time zone data, a Go toolchain.
 */
public final class PackageInstalls {
    private static final Set<String> C_COMPILERS = Set.of("gcc", "g++", "clang", "build-base", "build-essential",
            "gcc-c++", "cc", "musl-gcc");
    private static final Set<String> GO_PACKAGES = Set.of("golang-go", "golang", "go");

    private PackageInstalls() {
    }

    public static ImageFacts afterInstall(ImageFacts base, List<String> packages, String packageManager) {
        return afterInstall(base, packages, packageManager, null);
    }

    /**
     * @param packages       package names as written; version pins ({@code gcc=4:12.2.0-3}, {@code gcc~12}) are ignored
     * @param packageManager {@code apt-get}, {@code apt}, {@code apk}, {@code dnf}, {@code yum}, {@code microdnf}
     * @param where          where the install stands ({@code Dockerfile:5}), for the source note; may be null
     */
    public static ImageFacts afterInstall(ImageFacts base, List<String> packages, String packageManager, String where) {
        Boolean cCompiler = base.cCompiler();
        Boolean ca = base.caCertificates();
        Boolean tzdata = base.tzdata();
        String goVersion = base.goVersion();
        StringBuilder notes = new StringBuilder();
        for (String written : packages) {
            String name = packageName(written);
            if (C_COMPILERS.contains(name)) {
                cCompiler = Boolean.TRUE;
            } else if (name.equals("musl-tools")) {
                notes.append("; musl-tools provides musl-gcc (for CC=musl-gcc)");
            } else if (name.equals("ca-certificates") || name.equals("ca-certificates-bundle")) {
                ca = Boolean.TRUE;
            } else if (name.equals("tzdata")) {
                tzdata = Boolean.TRUE;
            } else if (GO_PACKAGES.contains(name)) {
                Optional<ImageTable.DistroPackage> go = ImageTable.builtIn().goPackage(base.distro(), name);
                goVersion = go.map(ImageTable.DistroPackage::goVersion).orElse(null);
                notes.append(go.map(p -> "; " + name + " is Go " + p.goVersion() + " (" + p.source() + ")")
                        .orElse("; the Go version of " + name + " on " + (base.distro() == null ? "this image" : base.distro())
                                + " is not known"));
            }
        }
        String source = (base.source() == null ? "" : base.source() + "; ") + packageManager + " install "
                + String.join(" ", packages) + (where == null ? "" : " (" + where + ")") + notes;
        return new ImageFacts(base.reference(), base.known(), base.libc(), base.libcVersion(), cCompiler, ca, tzdata,
                base.passwd(), base.distro(), goVersion, source);
    }

    /** The name without a version pin, architecture qualifier or repository tag. */
    static String packageName(String written) {
        String name = written.toLowerCase(Locale.ROOT);
        int cut = name.length();
        for (char c : new char[] {'=', '~', '>', '<', ':', '@'}) {
            int i = name.indexOf(c);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return name.substring(0, cut);
    }
}
