package dev.cgoguard.tests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generates the workspaces the benchmarks measure. */
final class Workloads {
    private Workloads() {
    }

    /** A module with {@code packages} packages of {@code filesPerPackage} files each, a Makefile, a script and a Dockerfile. */
    static Path goMonorepo(Path root, int packages, int filesPerPackage) throws IOException {
        Files.writeString(root.resolve("go.mod"), "module example.com/mono\n\ngo 1.22\n");
        for (int p = 0; p < packages; p++) {
            Path dir = root.resolve("pkg/p" + p);
            Files.createDirectories(dir);
            for (int f = 0; f < filesPerPackage; f++) {
                StringBuilder go = new StringBuilder("// Package p").append(p).append(" is generated.\npackage p").append(p)
                        .append("\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n");
                if (p > 0 && f == 0) {
                    go.append("\t\"example.com/mono/pkg/p").append(p - 1).append("\"\n");
                }
                if (p % 50 == 7 && f == 1) {
                    go.append("\t\"net/http\"\n");
                }
                if (p % 97 == 3 && f == 2) {
                    go.append("\t\"os/user\"\n");
                }
                go.append(")\n\nfunc F").append(f).append("() string { return fmt.Sprint(strings.ToUpper(\"x\")) }\n");
                Files.writeString(dir.resolve("f" + f + ".go"), go.toString());
            }
        }
        Path main = root.resolve("cmd/app");
        Files.createDirectories(main);
        Files.writeString(main.resolve("main.go"), "package main\n\nimport _ \"example.com/mono/pkg/p" + (packages - 1)
                + "\"\n\nfunc main() {}\n");
        Files.writeString(root.resolve("Makefile"), makefile(1000));
        Files.writeString(root.resolve("Dockerfile"), dockerfile(20, 650));
        return root;
    }

    /** A Makefile of about {@code lines} lines with variables, conditionals and go commands. */
    static String makefile(int lines) {
        StringBuilder make = new StringBuilder("GO ?= go\nLDFLAGS := -s -w\nifeq ($(STATIC),1)\nLDFLAGS += -linkmode external -extldflags \"-static\"\nendif\n\n");
        int target = 0;
        while (make.chars().filter(c -> c == '\n').count() < lines) {
            make.append("V").append(target).append(" := $(patsubst %.go,%,$(notdir main.go)) value").append(target).append('\n');
            make.append("build").append(target).append(": LDFLAGS += -X main.v=$(V").append(target).append(")\n");
            make.append("build").append(target).append(":\n\t$(GO) build -ldflags '$(LDFLAGS)' -o bin/app").append(target)
                    .append(" ./cmd/app\n\n");
            target++;
        }
        return make.toString();
    }

    /** A Dockerfile of {@code stages} stages padded to about {@code lines} lines. */
    static String dockerfile(int stages, int lines) {
        StringBuilder docker = new StringBuilder("# syntax=docker/dockerfile:1\nARG GO_VERSION=1.22\n");
        int perStage = Math.max(4, lines / stages);
        for (int s = 0; s < stages; s++) {
            boolean last = s == stages - 1;
            docker.append(last ? "FROM alpine:3.19\n" : "FROM golang:${GO_VERSION} AS s" + s + "\n");
            docker.append("WORKDIR /src\nCOPY . .\n");
            for (int l = 4; l < perStage - 1; l++) {
                docker.append(last ? "RUN echo step " + l + "\n" : "ENV STEP" + l + "=" + l + "\n");
            }
            docker.append(last ? "COPY --from=s0 /out/app /app\n" : "RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app\n");
        }
        return docker.toString();
    }
}
