package dev.cgoguard.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that shape an analysis, shared by {@code lint} and {@code plan}. */
final class AnalysisSettingsOptions {
    @Option(names = "--make-var", paramLabel = "NAME=VALUE", description = "A Make variable as given on make's command line.")
    Map<String, String> makeVariables = new LinkedHashMap<>();

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE", description = "A Dockerfile build argument.")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "The Dockerfile stage the binary runs in (default: the last stage).")
    String targetStage;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Set a rule's severity: error, warning, info, hint or off.")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--host", paramLabel = "OS/ARCH",
            description = "The machine the builds run on, with Go's names (default: linux/amd64 with glibc; linux/arm64, darwin/arm64, linux/amd64/musl).")
    String host;

    @Option(names = "--include-third-party", negatable = true,
            description = "Also analyse the build files under vendor/, third_party/, node_modules/ and testdata/ (default: no).")
    Boolean includeThirdParty;

    @Option(names = "--go-sources", paramLabel = "SOURCE", split = ",",
            description = "Go sources outside the workspace that may be read (only read): goroot, module-cache or an absolute folder; "
                    + "repeatable or comma-separated (default: none; the standard library comes from the bundled table).")
    java.util.List<String> goSources;
}
