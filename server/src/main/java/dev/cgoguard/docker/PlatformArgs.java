package dev.cgoguard.docker;

import dev.cgoguard.shell.ShellValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform build arguments BuildKit predefines ({@code BUILDPLATFORM}, {@code TARGETPLATFORM},
 * {@code TARGETOS}, {@code TARGETARCH}, ...): {@code linux/amd64} for both unless the build
 * arguments say otherwise.
 */
final class PlatformArgs {
    static final String DEFAULT_PLATFORM = "linux/amd64";

    private PlatformArgs() {
    }

    static Map<String, ShellValue> of(Map<String, String> buildArgs) {
        Map<String, ShellValue> args = new LinkedHashMap<>();
        add(args, buildArgs, "BUILD");
        add(args, buildArgs, "TARGET");
        return args;
    }

    private static void add(Map<String, ShellValue> args, Map<String, String> buildArgs, String prefix) {
        String platform = buildArgs.getOrDefault(prefix + "PLATFORM", DEFAULT_PLATFORM);
        String[] parts = platform.split("/", 3);
        args.put(prefix + "PLATFORM", ShellValue.known(platform));
        args.put(prefix + "OS", ShellValue.known(buildArgs.getOrDefault(prefix + "OS", parts[0])));
        args.put(prefix + "ARCH", ShellValue.known(buildArgs.getOrDefault(prefix + "ARCH", parts.length > 1 ? parts[1] : "")));
        args.put(prefix + "VARIANT", ShellValue.known(buildArgs.getOrDefault(prefix + "VARIANT", parts.length > 2 ? parts[2] : "")));
    }
}
