package dev.cgoguard.tests.oracle;

import java.util.List;

/**
 * One go build command line of the matrix, written once and used twice: as the recipe of the
 * Makefile cgoguard reads, and as the command the real toolchain runs (through bash).
 */
record BuildConfig(String id, String command) {
    private static final String STATIC = "-ldflags '-extldflags \"-static\"'";
    private static final String EXTERNAL_STATIC = "-ldflags '-linkmode external -extldflags \"-static\"'";

    static List<BuildConfig> matrix() {
        return List.of(
                of("default", "go build -o app ."),
                of("cgo=1", "CGO_ENABLED=1 go build -o app ."),
                of("cgo=0", "CGO_ENABLED=0 go build -o app ."),
                of("extldflags-static", "go build " + STATIC + " -o app ."),
                of("external-static", "go build " + EXTERNAL_STATIC + " -o app ."),
                of("cgo=0 external-static", "CGO_ENABLED=0 go build " + EXTERNAL_STATIC + " -o app ."),
                of("netgo", "go build -tags netgo -o app ."),
                of("netgo,osusergo", "go build -tags netgo,osusergo -o app ."),
                of("netgo external-static", "go build -tags netgo " + EXTERNAL_STATIC + " -o app ."),
                of("osusergo external-static", "go build -tags osusergo " + EXTERNAL_STATIC + " -o app ."),
                of("netgo,osusergo external-static", "go build -tags netgo,osusergo " + EXTERNAL_STATIC + " -o app ."),
                of("musl", "CC=musl-gcc go build -o app ."),
                of("musl external-static", "CC=musl-gcc CGO_ENABLED=1 go build " + EXTERNAL_STATIC + " -o app ."),
                of("pie", "go build -buildmode=pie -o app ."),
                of("cgo=0 pie", "CGO_ENABLED=0 go build -buildmode=pie -o app ."),
                of("pie static-pie", "go build -buildmode=pie -ldflags '-linkmode external -extldflags \"-static-pie\"' -o app ."),
                of("pie external-static", "go build -buildmode=pie " + EXTERNAL_STATIC + " -o app ."),
                of("static-pie without pie", "go build -ldflags '-linkmode external -extldflags \"-static-pie\"' -o app ."));
    }

    private static BuildConfig of(String id, String command) {
        return new BuildConfig(id, command);
    }

    boolean cgoDisabled() {
        return command.startsWith("CGO_ENABLED=0 ");
    }

    boolean linksExternally() {
        return command.contains("-linkmode external");
    }

    boolean asksStaticPieWithoutPie() {
        return command.contains("-static-pie") && !command.contains("-buildmode=pie");
    }

    /** The Makefile cgoguard reads: one target whose recipe is exactly this command. */
    String makefile() {
        return "build:\n\t" + command + "\n";
    }
}
