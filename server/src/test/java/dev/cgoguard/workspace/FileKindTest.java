package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileKindTest {
    @Test
    void classifiesBuildFilesByName() {
        assertEquals(FileKind.MAKEFILE, FileKind.classify("Makefile", ""));
        assertEquals(FileKind.MAKEFILE, FileKind.classify("sub/GNUmakefile", ""));
        assertEquals(FileKind.MAKEFILE, FileKind.classify("build/rules.mk", ""));
        assertEquals(FileKind.DOCKERFILE, FileKind.classify("Dockerfile", ""));
        assertEquals(FileKind.DOCKERFILE, FileKind.classify("deploy/Dockerfile.release", ""));
        assertEquals(FileKind.DOCKERFILE, FileKind.classify("api.Dockerfile", ""));
        assertEquals(FileKind.DOCKERFILE, FileKind.classify("Containerfile", ""));
        assertEquals(FileKind.GO, FileKind.classify("cmd/x/main.go", ""));
        assertEquals(FileKind.GO_MOD, FileKind.classify("go.mod", ""));
        assertEquals(FileKind.GO_WORK, FileKind.classify("go.work", ""));
        assertEquals(FileKind.WORKFLOW, FileKind.classify(".github/workflows/ci.yml", ""));
        assertEquals(FileKind.OTHER, FileKind.classify("docs/ci.yml", ""));
        assertEquals(FileKind.SHELL, FileKind.classify("scripts/build.sh", ""));
    }

    @Test
    void classifiesShebangScriptsWithoutExtension() {
        assertEquals(FileKind.SHELL, FileKind.classify("scripts/release", "#!/usr/bin/env bash"));
        assertEquals(FileKind.SHELL, FileKind.classify("hack/build", "#!/bin/sh -e"));
        assertEquals(FileKind.SHELL, FileKind.classify("hack/build", "#!/usr/bin/env -S bash -eu"));
        assertEquals(FileKind.OTHER, FileKind.classify("hack/gen", "#!/usr/bin/env python3"));
        assertEquals(FileKind.OTHER, FileKind.classify("README", "cgoguard"));
    }
}
