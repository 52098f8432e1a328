package dev.cgoguard.docker;

import dev.cgoguard.cache.GenerationalCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds package installs in a {@code RUN} body with a word scan ({@code apt-get install -y gcc},
 * {@code apk add --no-cache musl-dev}, {@code dnf install gcc}). It does not evaluate the shell:
 * variables are left as written, and a name that is not literal simply matches nothing.
 */
final class PackageInstallScanner {
    private static final Map<String, String> INSTALL_VERB = Map.of("apt-get", "install", "apt", "install",
            "apk", "add", "dnf", "install", "yum", "install", "microdnf", "install", "tdnf", "install");
    private static final Set<String> OPTIONS_WITH_ARGUMENT = Set.of("-o", "--option", "-t", "--target-release",
            "--virtual", "-X", "--repository", "-c", "--config-file", "--setopt", "--enablerepo", "--disablerepo",
            "--releasever", "--installroot", "-p", "--root");
    private static final String SEPARATOR = ";";
    /**
     * The installs of the scripts scanned lately, by text: an editor's edit gives every RUN of the
     * Dockerfile a new position but leaves almost all of their texts as they were, and a bake file
     * evaluates the same RUNs under several sets of arguments.
     */
    private static final GenerationalCache<String, List<PackageInstall>> SCANNED = new GenerationalCache<>(1024);

    private PackageInstallScanner() {
    }

    static List<PackageInstall> scan(String body) {
        return SCANNED.get(body, PackageInstallScanner::scanned);
    }

    private static List<PackageInstall> scanned(String body) {
        List<String> tokens = tokens(body);
        List<PackageInstall> installs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String manager = token.substring(token.lastIndexOf('/') + 1);
            String verb = INSTALL_VERB.get(manager);
            if (verb == null || (i > 0 && !isCommandStart(tokens, i))) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).startsWith("-")) {
                j += OPTIONS_WITH_ARGUMENT.contains(tokens.get(j)) ? 2 : 1;
            }
            if (j >= tokens.size() || !tokens.get(j).equals(verb)) {
                continue;
            }
            List<String> packages = new ArrayList<>();
            for (j++; j < tokens.size() && !tokens.get(j).equals(SEPARATOR); j++) {
                String word = tokens.get(j);
                if (OPTIONS_WITH_ARGUMENT.contains(word)) {
                    j++;
                } else if (!word.startsWith("-") && !word.isEmpty()) {
                    packages.add(word);
                }
            }
            if (!packages.isEmpty()) {
                installs.add(new PackageInstall(manager, List.copyOf(packages)));
            }
            i = j - 1;
        }
        return List.copyOf(installs);
    }

    /** True when the token stands where a command starts: after a separator, or after sudo / env-like words. */
    private static boolean isCommandStart(List<String> tokens, int i) {
        String previous = tokens.get(i - 1);
        return previous.equals(SEPARATOR) || previous.equals("sudo") || previous.equals("then")
                || previous.equals("do") || previous.equals("else") || previous.contains("=");
    }

    /** Words and separators ({@code ;} for every operator and line break), quotes removed, continuations joined. */
    private static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                if (next != '\n') {
                    word.append(next);
                } else {
                    flush(word, tokens);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';' || c == '&' || c == '|' || c == '\n' || c == '(' || c == ')') {
                flush(word, tokens);
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(SEPARATOR)) {
                    tokens.add(SEPARATOR);
                }
            } else if (Character.isWhitespace(c)) {
                flush(word, tokens);
            } else {
                word.append(c);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
