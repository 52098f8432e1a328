package dev.cgoguard.plan;

import dev.cgoguard.host.Host;
import dev.cgoguard.workspace.GoSourceAccess;
import java.util.Map;

/**
 * What the user tells about the builds that the files cannot: Make variables as given on make's
 * command line, Dockerfile build arguments, the Dockerfile stage the binary runs in (null: the last
 * stage), the host the builds run on, and whether the build files of third-party trees
 * ({@code vendor/}, {@code third_party/}, {@code node_modules/}, {@code testdata/}) are planned too,
 * and which Go sources outside the workspace may be read (by default none). Planning reads nothing
 * else from the settings.
 */
public record BuildInputs(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage, Host host,
        boolean includeThirdParty, GoSourceAccess goSources) {
    public static final BuildInputs NONE = new BuildInputs(Map.of(), Map.of(), null, Host.DEFAULT, false);

    public BuildInputs {
        makeVariables = Map.copyOf(makeVariables);
        buildArgs = Map.copyOf(buildArgs);
        host = host == null ? Host.DEFAULT : host;
        goSources = goSources == null ? GoSourceAccess.NONE : goSources;
    }

    /** Inputs that read nothing outside the workspace. */
    public BuildInputs(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage, Host host,
            boolean includeThirdParty) {
        this(makeVariables, buildArgs, targetStage, host, includeThirdParty, GoSourceAccess.NONE);
    }

    /** Inputs on the default host, without third-party build files. */
    public BuildInputs(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage) {
        this(makeVariables, buildArgs, targetStage, Host.DEFAULT, false);
    }
}
