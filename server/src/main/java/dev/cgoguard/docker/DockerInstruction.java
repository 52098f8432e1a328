package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction as written.
 *
 * @param keyword     the instruction in upper case ({@code RUN}); {@code keywordRange} is where it stands
 * @param range       from the keyword to the end of its last line (heredoc bodies included)
 * @param flags       the leading {@code --name[=value]} flags
 * @param rest        the text after the flags, joined over continuation lines, mapped to the file
 * @param arguments   the words of {@code rest} (or the strings of the exec form)
 * @param execForm    the decoded JSON array when the arguments are one, else null
 * @param heredocs    the heredocs opened on the instruction line, in order
 * @param onbuild     for {@code ONBUILD}, the instruction it registers; else null
 */
public record DockerInstruction(String keyword, TextRange keywordRange, TextRange range, List<DockerFlag> flags,
        MappedText rest, List<DockerArgument> arguments, List<String> execForm, List<DockerHeredoc> heredocs,
        DockerInstruction onbuild) {

    public Optional<DockerFlag> flag(String name) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    public boolean hasFlag(String name) {
        return flag(name).isPresent();
    }

    public boolean isExecForm() {
        return execForm != null;
    }

    /** The 0-based line of the keyword. */
    public int line() {
        return keywordRange.start().line();
    }
}
