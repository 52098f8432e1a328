package dev.cgoguard.rules.fixes;

import dev.cgoguard.workspace.FileKindSupport;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.Optional;

/**
 * What a file kind gives the fixes: the go command written at a plan's location, in the kind's own
 * syntax. Kinds whose go commands are shell lines need none: {@link GoCommandText} reads those.
 */
public interface CommandTextSource extends FileKindSupport {
    /** The command at {@code location} in a file of this kind whose text is {@code file}. */
    Optional<CommandText> commandText(SourceLocation location, SourceText file);
}
