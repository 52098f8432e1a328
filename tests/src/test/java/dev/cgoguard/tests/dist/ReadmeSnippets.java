package dev.cgoguard.tests.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of the README, so that tests run the snippets as users copy them. */
public final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    /** The body of every fenced block whose info string is {@code language}, in order. */
    public static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(Distribution.repository().resolve("README.md"))) {
            if (current == null && line.strip().equals("```" + language)) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The one block of {@code language} that contains {@code marker}. */
    public static String block(String language, String marker) throws IOException {
        List<String> found = blocks(language).stream().filter(b -> b.contains(marker)).toList();
        if (found.size() != 1) {
            throw new AssertionError("the README has " + found.size() + " ```" + language + " blocks with " + marker + ", not one");
        }
        return found.get(0);
    }
}
