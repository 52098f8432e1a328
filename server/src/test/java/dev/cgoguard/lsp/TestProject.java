package dev.cgoguard.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small Go project on disk for tests with the real analysis: a cgo main package that does DNS and user
 * lookups, and a pure Go tool. */
final class TestProject {
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

    private TestProject() {
    }

    static Path write(Path root) throws IOException {
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), MAIN_GO);
        Files.writeString(root.resolve("Makefile"), MAKEFILE);
        Files.createDirectories(root.resolve("cmd/tool"));
        Files.writeString(root.resolve("cmd/tool/main.go"), TOOL_GO);
        Files.writeString(root.resolve("Dockerfile"), DOCKERFILE);
        return root;
    }
}
