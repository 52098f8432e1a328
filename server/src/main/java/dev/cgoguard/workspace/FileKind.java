package dev.cgoguard.workspace;

import java.util.Locale;

/** What a workspace file is, decided from its name and, for scripts, its first line. */
public enum FileKind {
    MAKEFILE,
    DOCKERFILE,
    SHELL,
    GO,
    GO_MOD,
    GO_WORK,
    WORKFLOW,
    OTHER;

    /**
     * Classifies a file by its workspace-relative path (with {@code /}) and its first line
     * (used for shebang scripts; may be empty).
     */
    public static FileKind classify(String relPath, String firstLine) {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals("Makefile") || name.equals("makefile") || name.equals("GNUmakefile") || lower.endsWith(".mk")) {
            return MAKEFILE;
        }
        if (name.equals("Dockerfile") || name.equals("Containerfile") || name.startsWith("Dockerfile.")
                || name.startsWith("Containerfile.") || lower.endsWith(".dockerfile")) {
            return DOCKERFILE;
        }
        if (lower.endsWith(".go")) {
            return GO;
        }
        if (name.equals("go.mod")) {
            return GO_MOD;
        }
        if (name.equals("go.work")) {
            return GO_WORK;
        }
        if ((relPath.startsWith(".github/workflows/") || relPath.contains("/.github/workflows/"))
                && (lower.endsWith(".yml") || lower.endsWith(".yaml"))) {
            return WORKFLOW;
        }
        if (lower.endsWith(".sh") || lower.endsWith(".bash")) {
            return SHELL;
        }
        if (!name.contains(".") && isShellShebang(firstLine)) {
            return SHELL;
        }
        return OTHER;
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
        return switch (interpreter) {
            case "sh", "bash", "dash", "ash", "ksh", "zsh" -> true;
            default -> false;
        };
    }
}
