package dev.cgoguard.shell;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository the workspace is a checkout of, by the names a clone URL gives it: the module path
 * of its root go.mod ({@code github.com/rqlite/rqlite}) and the URLs of its git remotes, each reduced
 * to {@code host/path}. A script that runs {@code git clone} of one of these builds this workspace
 * at some revision, so its commands inside the clone are read against the workspace.
 */
public record SelfRepository(Set<String> names) {
    /** A workspace whose repository is not known: no clone is taken for it. */
    public static final SelfRepository NONE = new SelfRepository(Set.of());

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!/)(.+)$");
    private static final Pattern MAJOR_VERSION = Pattern.compile("/v[0-9]+$");

    public SelfRepository {
        names = Set.copyOf(names);
    }

    /** The repository known by these module paths and remote URLs (blank or unreadable ones are left out). */
    public static SelfRepository of(Collection<String> modulePathsAndUrls) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : modulePathsAndUrls) {
            String normal = normalise(name);
            if (normal != null) {
                names.add(normal);
            }
        }
        return new SelfRepository(names);
    }

    /** True when a clone of {@code url} is this workspace's repository. */
    public boolean matches(String url) {
        String normal = normalise(url);
        return normal != null && names.contains(normal);
    }

    /**
     * {@code host/path} of a clone URL or module path, host in lower case, without a user, a port, a
     * trailing {@code .git} or a major-version suffix: {@code https://github.com/o/r.git},
     * {@code git@github.com:o/r} and {@code github.com/o/r/v2} all give {@code github.com/o/r}.
     */
    static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String text = name.strip();
        Matcher scp = SCP_LIKE.matcher(text);
        if (SCHEME.matcher(text).find()) {
            text = SCHEME.matcher(text).replaceFirst("");
            int at = text.indexOf('@');
            int slash = text.indexOf('/');
            if (at >= 0 && (slash < 0 || at < slash)) {
                text = text.substring(at + 1);
            }
        } else if (scp.matches() && !text.startsWith("/") && !text.startsWith(".")) {
            text = scp.group(1) + "/" + scp.group(2);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith(".git")) {
            text = text.substring(0, text.length() - 4);
        }
        text = MAJOR_VERSION.matcher(text).replaceFirst("");
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.startsWith(".") || !text.substring(0, slash).contains(".")) {
            return null;
        }
        String host = text.substring(0, slash).toLowerCase(Locale.ROOT);
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        return host + text.substring(slash);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SelfRepository that
                && Objects.equals(names, that.names);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(names);
        return hash;
    }
}
