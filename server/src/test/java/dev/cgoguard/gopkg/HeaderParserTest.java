package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderParserTest {
    private static List<String> paths(GoFileHeader header) {
        return header.imports().stream().map(GoImport::path).toList();
    }

    @Test
    void readsSingleGroupedAliasedDotAndBlankImports() {
        GoFileHeader header = HeaderParser.parse("main.go", """
                // Package main does things.
                package main

                import "fmt"
                import (
                	h "net/http"
                	. "strings"
                	_ "time/tzdata"
                	`os/user`
                )

                func main() { fmt.Println(h.StatusOK) }
                """);
        assertEquals("main", header.packageName());
        assertEquals(List.of("fmt", "net/http", "strings", "time/tzdata", "os/user"), paths(header));
        assertEquals(TextRange.of(5, 1, 5, 13), header.imports().get(1).location().range());
        assertEquals("main.go", header.imports().get(1).location().path());
        assertNull(header.importC());
        assertNull(header.constraint());
    }

    @Test
    void stopsAtTheFirstDeclarationAfterTheImports() {
        GoFileHeader header = HeaderParser.parse("a.go", """
                package a

                import "os"

                var s = `
                import "net"
                `

                func f() { import_ := 1; _ = import_ }
                """);
        assertEquals(List.of("os"), paths(header));
    }

    @Test
    void readsTheCgoPreambleDirectivesAndNssCalls() {
        GoFileHeader header = HeaderParser.parse("db/c.go", """
                package db

                /*
                #cgo CFLAGS: -O2 -DX="a b"
                #cgo linux LDFLAGS: -static -lpq
                #cgo darwin,!arm64 LDFLAGS: -framework Security
                #include <pwd.h>
                #include <dlfcn.h>
                static void *load(void) { struct passwd *p = getpwuid(0); return dlopen("libx.so", 0); }
                */
                import "C"

                import "unsafe"
                """);
        assertEquals(List.of("unsafe"), paths(header));
        assertNotNull(header.importC());
        assertEquals(10, header.importC().range().start().line());
        List<CgoDirective> directives = header.cgoDirectives();
        assertEquals(3, directives.size());
        assertEquals("CFLAGS", directives.get(0).variable());
        assertEquals(List.of("-O2", "-DX=a b"), directives.get(0).flags());
        CgoDirective linux = directives.get(1);
        assertEquals(List.of("-static", "-lpq"), linux.flags());
        assertTrue(linux.requestsStaticLink());
        assertEquals(TextRange.of(4, 0, 4, 32), linux.location().range());
        TagMatcher linuxAmd64 = new TagMatcher(BuildContext.linuxAmd64(Set.of(), true));
        assertTrue(linux.condition().eval(linuxAmd64));
        assertFalse(directives.get(2).condition().eval(linuxAmd64));
        assertEquals(List.of("getpwuid", "dlopen"), header.nssCalls().stream().map(NssCall::function).toList());
        assertEquals(TextRange.of(8, 45, 8, 53), header.nssCalls().get(0).location().range());
    }

    @Test
    void lineCommentPreambleMustTouchTheImport() {
        GoFileHeader touching = HeaderParser.parse("x.go", """
                package x

                // #cgo LDFLAGS: -lresolv
                // int f(void) { return getaddrinfo(0, 0, 0, 0); }
                import "C"
                """);
        assertEquals(List.of("-lresolv"), touching.cgoDirectives().get(0).flags());
        assertEquals("getaddrinfo", touching.nssCalls().get(0).function());

        GoFileHeader detached = HeaderParser.parse("x.go", """
                package x

                // #cgo LDFLAGS: -static

                import "C"
                """);
        assertNotNull(detached.importC());
        assertTrue(detached.cgoDirectives().isEmpty());
    }

    @Test
    void importCInsideAGroupUsesTheCommentBeforeIt() {
        GoFileHeader header = HeaderParser.parse("x.go", """
                package x

                import (
                	"os"
                	// #cgo LDFLAGS: -lm
                	"C"
                )
                """);
        assertEquals(List.of("os"), paths(header));
        assertEquals(List.of("-lm"), header.cgoDirectives().get(0).flags());
    }

    @Test
    void readsGoBuildAndLegacyPlusBuildConstraints() {
        GoFileHeader goBuild = HeaderParser.parse("x.go", """
                // Copyright notice.

                //go:build (linux || darwin) && !netgo
                // +build linux darwin

                package x
                """);
        TagMatcher linux = new TagMatcher(BuildContext.linuxAmd64(Set.of(), true));
        TagMatcher linuxNetgo = new TagMatcher(BuildContext.linuxAmd64(Set.of("netgo"), true));
        assertTrue(goBuild.constraint().eval(linux));
        assertFalse(goBuild.constraint().eval(linuxNetgo));

        GoFileHeader plusBuild = HeaderParser.parse("x.go", """
                // +build windows,amd64 plan9
                // +build !cgo

                package x
                """);
        assertFalse(plusBuild.constraint().eval(linux));
        assertTrue(plusBuild.constraint().eval(new TagMatcher(new BuildContext("plan9", "386", Set.of(), false, null))));

        GoFileHeader docComment = HeaderParser.parse("x.go", """
                // Package x explains:
                // +build windows
                package x
                """);
        assertNull(docComment.constraint(), "a +build line in the doc comment is not a constraint");
    }

    @Test
    void brokenAndEmptyInputGiveAHeaderWithoutPackage() {
        assertNull(HeaderParser.parse("x.go", "").packageName());
        assertNull(HeaderParser.parse("x.go", "func main() {}").packageName());
        GoFileHeader truncated = HeaderParser.parse("x.go", "package x\n\nimport (\n\t\"os\"\n\t\"net");
        assertEquals("x", truncated.packageName());
        assertTrue(paths(truncated).contains("os"));
        GoFileHeader unicode = HeaderParser.parse("x.go", "// héllo wörld ✓\npackage x\n\nimport \"net\" // ünïcode\n");
        assertEquals(TextRange.of(3, 7, 3, 12), unicode.imports().get(0).location().range());
    }

    @Test
    void anEditedHeaderParsedFromThePreviousTreeReadsAsAFreshParse() {
        String before = "// Package main.\npackage main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() { fmt.Println() }\n";
        HeaderParser.Parsed first = HeaderParser.parse("main.go", before, null, true);
        String after = before.replace("\t\"fmt\"\n", "\t\"fmt\"\n\t\"os/user\"\n\t_ \"net\"\n");
        HeaderParser.Parsed second = HeaderParser.parse("main.go", after, first.tree(), true);

        assertEquals(List.of("fmt", "os/user", "net"), paths(second.header()));
        assertEquals(HeaderParser.parse("main.go", after), second.header());
        assertEquals(HeaderParser.parse("main.go", after, null, true).tree().root().toString(), second.tree().root().toString());
    }
}
