package dev.cgoguard.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The options that shape an analysis, shared by {@code lint} and {@code plan}. */
final class AnalysisSettingsOptions {
    Map<String, String> makeVariables = new LinkedHashMap<>();
    Map<String, String> buildArgs = new LinkedHashMap<>();
    String targetStage;
    Map<String, String> severities = new LinkedHashMap<>();
    String host;
    Boolean includeThirdParty;
    List<String> goSources;

    /** Adds the options to a command. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandModel.option("--make-var", "NAME=VALUE", Map.class, () -> makeVariables, v -> makeVariables = v,
                "A Make variable as given on make's command line.").auxiliaryTypes(String.class, String.class).build());
        spec.addOption(CommandModel.option("--build-arg", "NAME=VALUE", Map.class, () -> buildArgs, v -> buildArgs = v,
                "A Dockerfile build argument.").auxiliaryTypes(String.class, String.class).build());
        spec.addOption(CommandModel.option("--target", "STAGE", String.class, () -> targetStage, v -> targetStage = v,
                "The Dockerfile stage the binary runs in (default: the last stage).").build());
        spec.addOption(CommandModel.option("--severity", "RULE=LEVEL", Map.class, () -> severities, v -> severities = v,
                "Set a rule's severity: error, warning, info, hint or off.").auxiliaryTypes(String.class, String.class).build());
        spec.addOption(CommandModel.option("--host", "OS/ARCH", String.class, () -> host, v -> host = v,
                "The machine the builds run on, with Go's names (default: linux/amd64 with glibc; linux/arm64, darwin/arm64, linux/amd64/musl).")
                .build());
        spec.addOption(CommandModel.option("--include-third-party", null, Boolean.class, () -> includeThirdParty, v -> includeThirdParty = v,
                "Also analyse the build files under vendor/, third_party/, node_modules/ and testdata/ (default: no).").negatable(true).build());
        spec.addOption(CommandModel.option("--go-sources", "SOURCE", List.class, () -> goSources, v -> goSources = v,
                "Go sources outside the workspace that may be read (only read): goroot, module-cache or an absolute folder; "
                        + "repeatable or comma-separated (default: none; the standard library comes from the bundled table).")
                .auxiliaryTypes(String.class).splitRegex(",").build());
    }
}
