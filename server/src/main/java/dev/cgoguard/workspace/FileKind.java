package dev.cgoguard.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of file cgoguard reads: its id ({@code makefile}, {@code goreleaser}), the globs its files
 * are named by (the same globs the language server watches and the VS Code extension selects), its
 * comment syntax, and whether an extensionless file with a shell shebang is one. The kinds come from
 * {@link FileKinds}; an instance is compared by identity.
 */
public final class FileKind {
    /** Go sources, go.mod and go.work: the core reads them through the package graph. */
    public static final FileKind GO = new FileKind("go", "Go source files", CommentSyntax.SLASHES, List.of("**/*.go"), false);
    public static final FileKind GO_MOD = new FileKind("go.mod", "go.mod", CommentSyntax.SLASHES, List.of("**/go.mod"), false);
    public static final FileKind GO_WORK = new FileKind("go.work", "go.work", CommentSyntax.SLASHES, List.of("**/go.work"), false);
    /** Anything else: not read. */
    public static final FileKind OTHER = new FileKind("other", "other files", CommentSyntax.NONE, List.of(), false);

    private final String id;
    private final String description;
    private final CommentSyntax comments;
    private final List<String> globs;
    private final boolean shellShebang;
    private final List<java.util.function.Predicate<String>> patterns;

    private FileKind(String id, String description, CommentSyntax comments, List<String> globs, boolean shellShebang) {
        this.id = Objects.requireNonNull(id);
        this.description = description;
        this.comments = comments;
        this.globs = List.copyOf(globs);
        this.shellShebang = shellShebang;
        this.patterns = this.globs.stream().map(Globs::matcher).toList();
    }

    /**
     * A kind whose files are named by {@code globs} ({@code **}{@code /Makefile}, {@code **}{@code /*.mk}: matched
     * against the workspace-relative path with {@code /}).
     */
    public static FileKind named(String id, String description, CommentSyntax comments, List<String> globs) {
        return new FileKind(id, description, comments, globs, false);
    }

    /** As {@link #named}, and also every file without a dot in its name whose first line is a shell shebang. */
    public static FileKind namedOrShebang(String id, String description, CommentSyntax comments, List<String> globs) {
        return new FileKind(id, description, comments, globs, true);
    }

    public String id() {
        return id;
    }

    /** What the files are, in a few words ({@code "Makefiles (Makefile, GNUmakefile, *.mk)"}). */
    public String description() {
        return description;
    }

    public CommentSyntax comments() {
        return comments;
    }

    /** The globs the files are named by. */
    public List<String> globs() {
        return globs;
    }

    /** Whether an extensionless file with a shell shebang is of this kind. */
    public boolean shellShebang() {
        return shellShebang;
    }

    /** Whether the path is named as this kind's files are. */
    public boolean matchesName(String relPath) {
        for (java.util.function.Predicate<String> pattern : patterns) {
            if (pattern.test(relPath)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Classifies a file by its workspace-relative path (with {@code /}) and its first line (used for
     * shebang scripts; may be empty): the first registered kind that names it, else {@link #OTHER}.
     */
    public static FileKind classify(String relPath, String firstLine) {
        return FileKinds.classify(relPath, firstLine);
    }

    /** True for {@code #!/bin/sh}, {@code #!/usr/bin/env bash} and similar. */
    public static boolean isShellShebang(String firstLine) {
        if (firstLine == null || !firstLine.startsWith("#!")) {
            return false;
        }
        String[] parts = firstLine.substring(2).trim().split("\\s+");
        if (parts.length == 0) {
            return false;
        }
        String interpreter = parts[0].substring(parts[0].lastIndexOf('/') + 1);
        if (interpreter.equals("env") && parts.length > 1) {
            int i = 1;
            while (i < parts.length && parts[i].startsWith("-")) {
                i++;
            }
            interpreter = i < parts.length ? parts[i] : "";
        }
        return switch (interpreter.toLowerCase(Locale.ROOT)) {
            case "sh", "bash", "dash", "ash", "ksh", "zsh" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
