package dev.cgoguard.shell;

import java.util.List;
import java.util.Set;

/**
 * A {@code git clone URL [DIRECTORY]} command: the URL, the folder it creates (the URL's last
 * segment without {@code .git} when none is given) and the branch or tag it checks out ({@code -b},
 * {@code --branch}; null for the remote's default branch).
 */
record GitClone(String url, String directory, String branch) {
    /** Options of {@code git clone} that take the next word as their value. */
    private static final Set<String> WITH_VALUE = Set.of("-b", "--branch", "-o", "--origin", "-u", "--upload-pack",
            "--reference", "--reference-if-able", "--separate-git-dir", "--depth", "--shallow-since", "--shallow-exclude",
            "-c", "--config", "-j", "--jobs", "--filter", "--template", "--server-option", "--bundle-uri");
    /** Options of {@code git} itself, before the subcommand, that take a value. */
    private static final Set<String> GIT_WITH_VALUE = Set.of("-c", "--git-dir", "--work-tree", "--namespace");
    /** Options of {@code git} that make the clone somewhere else than the working directory. */
    private static final Set<String> GIT_ELSEWHERE = Set.of("-C", "--git-dir", "--work-tree");

    /** The clone {@code argv} runs, or null when it is no clone or a word that matters is not known. */
    static GitClone read(List<ShellWord> argv) {
        if (argv.isEmpty() || !argv.get(0).known() || !argv.get(0).text().equals("git")) {
            return null;
        }
        int i = 1;
        while (i < argv.size() && argv.get(i).known() && argv.get(i).text().startsWith("-")) {
            if (GIT_ELSEWHERE.contains(argv.get(i).text())) {
                return null;
            }
            i += GIT_WITH_VALUE.contains(argv.get(i).text()) ? 2 : 1;
        }
        if (i >= argv.size() || !argv.get(i).known() || !argv.get(i).text().equals("clone")) {
            return null;
        }
        String branch = null;
        String url = null;
        String directory = null;
        for (i++; i < argv.size(); i++) {
            ShellWord word = argv.get(i);
            String text = word.text();
            if (url == null && text.startsWith("-") && !text.equals("--")) {
                if (text.equals("-b") || text.equals("--branch")) {
                    branch = i + 1 < argv.size() ? valueOf(argv.get(i + 1)) : null;
                } else if (text.startsWith("--branch=")) {
                    branch = word.known() ? text.substring("--branch=".length()) : "?";
                }
                if (WITH_VALUE.contains(text)) {
                    i++;
                }
                continue;
            }
            if (text.equals("--")) {
                continue;
            }
            if (!word.known()) {
                return null;
            }
            if (url == null) {
                url = text;
            } else if (directory == null) {
                directory = text;
            }
        }
        if (url == null) {
            return null;
        }
        if (directory == null) {
            String trimmed = url.replaceAll("/+$", "");
            directory = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1)
                    .replaceFirst("\\.git$", "");
        }
        return directory.isEmpty() ? null : new GitClone(url, directory, branch);
    }

    /** A branch named by an unknown word is {@code ?}: some branch the text does not tell. */
    private static String valueOf(ShellWord word) {
        return word.known() ? word.text() : "?";
    }

    /** The revision the clone checks out, in words. */
    String revision() {
        if (branch == null) {
            return "its default branch";
        }
        return branch.equals("?") ? "a branch the text does not tell" : branch;
    }
}
