package dev.cgoguard.lsp;

import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;

/**
 * The sample project of the protocol tests with the real analysis: a cgo main package that does DNS
 * and user lookups, a pure Go tool, a Makefile and a Dockerfile, written with the tests' {@link TestProject}.
 */
final class SampleProject {
    static final String MAIN_GO = """
            package main

            // #include <stdlib.h>
            import "C"

            import (
            	"fmt"
            	"net"
            	"os/user"
            )

            func main() {
            	addrs, _ := net.LookupHost("example.com")
            	u, _ := user.Current()
            	fmt.Println(addrs, u)
            }
            """;
    static final String MAKEFILE = "run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n"
            + "pure:\n\tCGO_ENABLED=0 go build -tags netgo -ldflags '-extldflags \"-static\"' ./cmd/tool\n"
            + "tool:\n\tgo build -ldflags '-linkmode internal' ./cmd/tool\n";
    static final String TOOL_GO = "package main\n\nimport \"net\"\n\nfunc main() { net.LookupHost(\"example.com\") }\n";
    static final String DOCKERFILE = "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n"
            + "FROM alpine:3.19\nCOPY --from=build /app /app\n";

    private SampleProject() {
    }

    static Path write(Path root) {
        return new TestProject(root).goMod("1.22").file("main.go", MAIN_GO).file("Makefile", MAKEFILE)
                .file("cmd/tool/main.go", TOOL_GO).file("Dockerfile", DOCKERFILE).root();
    }
}
