package dev.cgoguard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build wrote into the jar ({@code dev/cgoguard/version.properties} and
 * {@code commit.properties}): the version, the commit it was built from (empty outside a git
 * checkout) and the repository the project lives in.
 */
public record BuildInfo(String version, String commit, String repository) {
    /** The repository named when the jar does not say (a build from classes, in tests). */
    static final String DEFAULT_REPOSITORY = "https://github.com/cgoguard/cgoguard";

    private static final BuildInfo CURRENT = read();

    public static BuildInfo current() {
        return CURRENT;
    }

    /** {@code 0.1.0 (commit 1a2b3c4d5e6f)}, or the version alone when the commit is not known. */
    public String describe() {
        return commit.isEmpty() ? version : version + " (commit " + commit + ")";
    }

    private static BuildInfo read() {
        Properties properties = new Properties();
        load(properties, "/dev/cgoguard/version.properties");
        load(properties, "/dev/cgoguard/commit.properties");
        return new BuildInfo(value(properties, "version", "unknown"), value(properties, "commit", ""),
                value(properties, "repository", DEFAULT_REPOSITORY));
    }

    private static void load(Properties properties, String resource) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is the same as none: the values say "unknown"
        }
    }

    /** A property, or {@code fallback} when it is missing or was not filled in by the build ({@code ${...}}). */
    private static String value(Properties properties, String key, String fallback) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? fallback : value;
    }
}
