package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.TextRange;

/**
 * A heredoc of a {@code RUN}, {@code COPY} or {@code ADD} instruction: its delimiter word, whether
 * the delimiter was quoted (no expansion in the body) or written {@code <<-} (leading tabs
 * stripped), the body (without the closing delimiter line) mapped to the file, and the range from
 * the body's first line to the end of the delimiter line. {@code terminated} is false when the file
 * ended before the delimiter.
 */
public record DockerHeredoc(String delimiter, boolean quoted, boolean stripTabs, MappedText body, TextRange range,
        boolean terminated) {
}
