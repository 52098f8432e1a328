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
        return goMonorepo(root, packages, filesPerPackage, makefile(1000));
    }

    /** As {@link #goMonorepo(Path, int, int)}, with the given Makefile. */
    static Path goMonorepo(Path root, int packages, int filesPerPackage, String makefile) throws IOException {
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
        Files.writeString(root.resolve("Makefile"), makefile);
        Files.writeString(root.resolve("Dockerfile"), dockerfile(20, 650));
        return root;
    }

    /**
     * A Makefile of about {@code lines} lines as large projects write them: version stamping,
     * platform lists, conditionals, and per component a build, a test, a vet, an image, a lint and
     * a clean target, most recipe lines being other tools than go. One component in eight has a
     * release target that links statically when STATIC=1, which is a finding.
     */
    static String projectMakefile(int lines) {
        StringBuilder make = new StringBuilder("""
                # Build, test and release the services of the monorepo.
                SHELL := /bin/bash
                GO ?= go
                VERSION ?= $(shell git describe --tags --always --dirty)
                COMMIT := $(shell git rev-parse --short HEAD)
                PKG := example.com/mono
                LDFLAGS := -s -w -X $(PKG)/version.Version=$(VERSION) -X $(PKG)/version.Commit=$(COMMIT)
                PLATFORMS := linux/amd64 linux/arm64 darwin/arm64
                REGISTRY ?= registry.example.com/mono
                ifeq ($(STATIC),1)
                RELEASE_LDFLAGS := $(LDFLAGS) -linkmode external -extldflags "-static"
                else
                RELEASE_LDFLAGS := $(LDFLAGS)
                endif

                .PHONY: all help
                all: build

                help: ## Show this help
                \t@awk 'BEGIN {FS = ":.*##"} /^[a-z.-]+:.*##/ {printf "%-20s %s\\n", $$1, $$2}' $(MAKEFILE_LIST)

                """);
        int component = 0;
        while (make.chars().filter(c -> c == '\n').count() < lines) {
            String name = "svc" + component;
            String bin = "$(" + name.toUpperCase() + "_BIN)";
            String image = "$(" + name.toUpperCase() + "_IMAGE)";
            make.append("# ---- ").append(name).append(" ----\n")
                    .append(name.toUpperCase()).append("_BIN := bin/").append(name).append('\n')
                    .append(name.toUpperCase()).append("_IMAGE := $(REGISTRY)/").append(name).append(":$(VERSION)\n")
                    .append(".PHONY: build-").append(name).append(" test-").append(name).append(" image-").append(name)
                    .append(" lint-").append(name).append(" clean-").append(name).append('\n')
                    .append("build: build-").append(name).append('\n')
                    .append("build-").append(name).append(": ## Build ").append(name).append('\n')
                    .append("\t@mkdir -p bin\n")
                    .append("\tCGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o ").append(bin).append(" ./cmd/app\n\n")
                    .append("test-").append(name).append(": ## Test ").append(name).append('\n')
                    .append("\t$(GO) test -race -count=1 ./pkg/p").append(component).append("/...\n")
                    .append("\t$(GO) vet ./pkg/p").append(component).append("/...\n\n")
                    .append("image-").append(name).append(": build-").append(name).append('\n')
                    .append("\tdocker build --build-arg VERSION=$(VERSION) -t ").append(image).append(" -f Dockerfile .\n")
                    .append("\tdocker push ").append(image).append("\n\n")
                    .append("lint-").append(name).append(":\n")
                    .append("\tgolangci-lint run ./pkg/p").append(component).append("/...\n")
                    .append("\t@echo \"lint ").append(name).append(" done\"\n\n")
                    .append("clean-").append(name).append(":\n")
                    .append("\trm -rf ").append(bin).append("\n\n");
            if (component % 8 == 3) {
                make.append("release-").append(name).append(": ## Release ").append(name).append('\n')
                        .append("\t@for p in $(PLATFORMS); do echo \"release $$p\"; done\n")
                        .append("\t$(GO) build -ldflags '$(RELEASE_LDFLAGS)' -o dist/").append(name).append(" ./cmd/app\n")
                        .append("\tsha256sum dist/").append(name).append(" > dist/").append(name).append(".sha256\n\n");
            }
            component++;
        }
        return make.toString();
    }

    /** A Makefile of about {@code lines} lines with a go command every five lines, each of them a finding. */
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
