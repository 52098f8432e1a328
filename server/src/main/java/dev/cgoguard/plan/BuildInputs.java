package dev.cgoguard.plan;

import java.util.Map;

/**
 * What the user tells about the builds that the files cannot: Make variables as given on make's
 * command line, Dockerfile build arguments, and the Dockerfile stage the binary runs in (null: the
 * last stage). Planning reads nothing else from the settings.
 */
public record BuildInputs(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage) {
    public static final BuildInputs NONE = new BuildInputs(Map.of(), Map.of(), null);

    public BuildInputs {
        makeVariables = Map.copyOf(makeVariables);
        buildArgs = Map.copyOf(buildArgs);
    }
}
