package dev.cgoguard.kinds;

import java.util.regex.Pattern;

/**
 * Build files of other projects kept in the repository ({@code vendor/}, {@code third_party/},
 * {@code node_modules/}, {@code Godeps/_workspace/}): a dependency's release configuration, task runner
 * or CI file is never run by this repository's builds, so the kinds that describe whole builds
 * (release tools, task runners, bake, CI) do not plan them.
 */
public final class ThirdPartyPaths {
    private static final Pattern THIRD_PARTY = Pattern.compile("(^|/)(vendor|third_party|node_modules|Godeps/_workspace)/");

    private ThirdPartyPaths() {
    }

    public static boolean contains(String path) {
        return THIRD_PARTY.matcher(path).find();
    }
}
