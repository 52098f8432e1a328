package dev.cgoguard.workspace;

/**
 * One readable file of the workspace: its path relative to the root (with {@code /}), its kind,
 * its text, and a version that changes whenever the text does (the disk's modification stamp, or
 * an editor's document version).
 */
public record WorkspaceFile(String path, FileKind kind, SourceText text, long version) {
    public String content() {
        return text.text();
    }
}
