package dev.cgoguard.workspace;

import java.util.List;

/**
 * The support of one kind of build file (as jdt.ls's IBuildSupport is for a build tool): the file
 * kinds it names. What it does with them it says by implementing the capability interfaces of the
 * later stages: the planner's go command source, the fixes' command text. Each support is one
 * package under {@code dev.cgoguard.kinds} and one line in
 * {@code META-INF/services/dev.cgoguard.workspace.FileKindSupport}, which {@link FileKinds} reads.
 */
public interface FileKindSupport {
    /** The kinds of file this support reads (empty when it reads files of another support's kind). */
    List<FileKind> fileKinds();
}
