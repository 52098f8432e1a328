package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;


import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.kinds.make.MakefileKind;
import dev.cgoguard.kinds.shell.ShellScriptKind;
import dev.cgoguard.kinds.workflow.GithubWorkflowKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileKindTest {
    @Test
    void classifiesBuildFilesByName() {
        assertEquals(MakefileKind.KIND, FileKind.classify("Makefile", ""));
        assertEquals(MakefileKind.KIND, FileKind.classify("sub/GNUmakefile", ""));
        assertEquals(MakefileKind.KIND, FileKind.classify("build/rules.mk", ""));
        assertEquals(DockerfileKind.KIND, FileKind.classify("Dockerfile", ""));
        assertEquals(DockerfileKind.KIND, FileKind.classify("deploy/Dockerfile.release", ""));
        assertEquals(DockerfileKind.KIND, FileKind.classify("api.Dockerfile", ""));
        assertEquals(DockerfileKind.KIND, FileKind.classify("Containerfile", ""));
        assertEquals(FileKind.GO, FileKind.classify("cmd/x/main.go", ""));
        assertEquals(FileKind.GO_MOD, FileKind.classify("go.mod", ""));
        assertEquals(FileKind.GO_WORK, FileKind.classify("go.work", ""));
        assertEquals(GithubWorkflowKind.KIND, FileKind.classify(".github/workflows/ci.yml", ""));
        assertEquals(FileKind.OTHER, FileKind.classify("docs/ci.yml", ""));
        assertEquals(ShellScriptKind.KIND, FileKind.classify("scripts/build.sh", ""));
    }

    @Test
    void aNameGlobMatchesOnlyAWholeFileNameAndAFolderGlobOnlyItsFolder() {
        assertEquals(FileKind.OTHER, FileKind.classify("build/aMakefile", ""));
        assertEquals(FileKind.OTHER, FileKind.classify("Makefile/notes.txt", ""));
        assertEquals(FileKind.OTHER, FileKind.classify("x.go/README", ""));
        assertEquals(GithubWorkflowKind.KIND, FileKind.classify("tools/.github/workflows/release.yaml", ""));
        assertEquals(FileKind.OTHER, FileKind.classify("x.github/workflows/ci.yml", ""));
        assertEquals(FileKind.OTHER, FileKind.classify(".github/workflows/sub/ci.yml", ""));
        assertEquals(FileKind.OTHER, FileKind.classify(".github/workflows/ci.yml.orig", ""));
        assertEquals(FileKind.OTHER, FileKind.classify(".gitlab/ci/build.yml/x", ""));
    }

    @Test
    void classifiesShebangScriptsWithoutExtension() {
        assertEquals(ShellScriptKind.KIND, FileKind.classify("scripts/release", "#!/usr/bin/env bash"));
        assertEquals(ShellScriptKind.KIND, FileKind.classify("hack/build", "#!/bin/sh -e"));
        assertEquals(ShellScriptKind.KIND, FileKind.classify("hack/build", "#!/usr/bin/env -S bash -eu"));
        assertEquals(FileKind.OTHER, FileKind.classify("hack/gen", "#!/usr/bin/env python3"));
        assertEquals(FileKind.OTHER, FileKind.classify("README", "cgoguard"));
    }

    @Test
    void classifiesTheReleaseTaskRunnerAndCiFilesOfEachKind() {
        Map<String, String> named = new LinkedHashMap<>();
        named.put(".goreleaser.yaml", "goreleaser");
        named.put("tools/.goreleaser-nightly.yml", "goreleaser");
        named.put(".ko.yaml", "ko");
        named.put(".promu-cgo.yml", "promu");
        named.put("docker-bake.hcl", "bake");
        named.put("docker-bake.json", "bake-json");
        named.put(".gitlab-ci.yml", "gitlab-ci");
        named.put(".gitlab/ci/build.yml", "gitlab-ci");
        named.put("Taskfile.yml", "taskfile");
        named.put("justfile", "justfile");
        named.put(".justfile", "justfile");
        named.put("hugoreleaser.yaml", "other");
        named.put("docs/Taskfile.md", "other");
        named.forEach((path, kind) -> assertEquals(kind, FileKind.classify(path, "").id(), path));
    }

    @Test
    void everyKindHasAnIdItsGlobsAndACommentSyntax() {
        Set<String> ids = new HashSet<>();
        for (FileKind kind : FileKinds.all()) {
            org.junit.jupiter.api.Assertions.assertTrue(ids.add(kind.id()), "one kind per id: " + kind.id());
            org.junit.jupiter.api.Assertions.assertFalse(kind.globs().isEmpty(), kind.id());
            for (String glob : kind.globs()) {
                String example = glob.replace("**/", "sub/").replaceAll("\\{([^,}]*),[^}]*}", "$1").replace("*", "x");
                assertEquals(kind, FileKind.classify(example, ""), glob + " names " + example);
            }
        }
    }
}
