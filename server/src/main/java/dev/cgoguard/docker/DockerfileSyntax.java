package dev.cgoguard.docker;

import dev.cgoguard.workspace.SourceText;
import java.util.List;
import java.util.Map;

/**
 * A Dockerfile read into instructions: the parser directives found at the top ({@code syntax},
 * {@code escape}, {@code check}), the escape character in force, the instructions in order, and
 * what could not be read.
 */
public record DockerfileSyntax(SourceText source, Map<String, String> directives, char escape,
        List<DockerInstruction> instructions, List<DockerProblem> problems) {
}
