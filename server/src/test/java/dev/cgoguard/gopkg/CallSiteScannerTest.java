package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.workspace.GoFileRead;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallSiteScannerTest {
    private static List<GoCallSite> scan(String text) {
        return CallSiteScanner.scan("main.go", text, HeaderParser.parse("main.go", text).imports());
    }

    private static GoFileRead read(byte[] bytes) {
        return new GoFileRead(bytes, bytes.length, false, new GoFileRead.Outcome(0, false, null));
    }

    private static List<String> calls(String text) {
        return scan(text).stream().map(c -> c.kind() + " " + c.call() + "@" + (c.location().range().start().line() + 1)
                + ":" + c.location().range().start().column()).toList();
    }

    @Test
    void findsClientCallsWithTheirPositions() {
        String text = """
                package main

                import (
                \t"crypto/tls"
                \t"net/http"
                )

                func main() {
                \tresp, _ := http.Get("https://example.com")
                \tc := &http.Client{Timeout: 0}
                \tconn, _ := tls.Dial("tcp", "example.com:443", nil)
                \td := (&tls.Dialer{}).Dial
                \t_, _, _, _ = resp, c, conn, d
                }
                """;
        assertEquals(List.of("TLS_CLIENT http.Get@9:12", "TLS_CLIENT http.Client@10:7", "TLS_CLIENT tls.Dial@11:12",
                "TLS_CLIENT tls.Dialer@12:8"), calls(text));
    }

    @Test
    void serversCommentsAndStringsAreNotCalls() {
        String text = """
                package main

                import "net/http"

                // http.Get is not used here.
                /* nor http.Post
                   across lines */
                var doc = `http.NewRequest in a raw string`

                func main() {
                \tprintln("http.Get(")
                \tvar client http.Client
                \t_ = client
                \thttp.ListenAndServe(":8080", nil)
                }
                """;
        assertEquals(List.of(), calls(text));
    }

    @Test
    void zoneLoadsOnlyWhenTimeIsImported() {
        assertEquals(List.of("LOAD_LOCATION time.LoadLocation@4:13"),
                calls("package main\n\nimport \"time\"\nvar loc, _ = time.LoadLocation(\"Europe/Paris\")\n"));
        assertEquals(List.of(), calls("package main\n\nvar loc, _ = time.LoadLocation(\"Europe/Paris\")\n"));
    }

    @Test
    void aSelectorOnAnotherValueIsNotThePackage() {
        assertEquals(List.of(), calls("package main\n\nimport \"net/http\"\nvar _ = x.http.Get\nvar _ http.Handler\n"));
    }

    @Test
    void unterminatedCommentOrStringEndsTheScan() {
        assertEquals(List.of(), calls("package main\n\nimport \"net/http\"\n/* http.Get(\n"));
        assertEquals(List.of(), calls("package main\n\nimport \"net/http\"\nvar s = `http.Get(\n"));
    }

    @Test
    void aRenamedImportIsFollowedUnderItsNameAndTheDefaultNameNoLonger() {
        assertEquals(List.of("TLS_CLIENT h.Get@4:11", "TLS_CLIENT tlsx.Dial@4:31"), calls(
                "package main\n\nimport (h \"net/http\"; tlsx \"crypto/tls\")\nvar _, _ = h.Get(\"x\"); var _ = tlsx.Dial\n"));
        assertEquals(List.of(), calls("package main\n\nimport h \"net/http\"\nvar _, _ = http.Get(\"x\")\n"),
                "http is not the package here");
    }

    @Test
    void blankAndDotImportsGiveNoName() {
        assertEquals(List.of(), calls("package main\n\nimport (_ \"net/http\"; . \"time\")\nvar _ = LoadLocation\nvar _ = _.Get\n"));
    }

    @Test
    void theHeaderKeepsTheNameAnImportGives() {
        List<GoImport> imports = HeaderParser.parse("main.go",
                "package main\n\nimport (\n\th \"net/http\"\n\t_ \"embed\"\n\t. \"strings\"\n\t\"fmt\"\n)\n").imports();
        assertEquals(Arrays.asList("h", "_", ".", null), imports.stream().map(GoImport::name).toList());
    }

    @Test
    void theSearchOfTheUndecodedBytesFindsEverySelectorTheScanLooksFor() {
        List<GoImport> imports = HeaderParser.parse("main.go",
                "package main\n\nimport (\n\th \"net/http\"\n\t\"crypto/tls\"\n\t\"time\"\n)\n").imports();
        for (String use : List.of("h.Get(u)", "h.PostForm(u, v)", "h.NewRequestWithContext(c, m, u, nil)", "h.DefaultClient",
                "&h.Client{}", "tls.DialWithDialer(d, n, a, c)", "tls.Dialer{}", "time.LoadLocation(z)", "x := time.Now(); time.LoadLocation(z)")) {
            byte[] bytes = ("package main\n\nfunc f() { time.Sleep(1); h.Handle(p, nil); " + use + " }\n")
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(true, CallSiteScanner.mentionsSelector(read(bytes), imports), use);
        }
        List<GoImport> unicode = HeaderParser.parse("main.go", "package main\n\nimport h\u00e9 \"net/http\"\n").imports();
        assertEquals(true, CallSiteScanner.mentionsSelector(read("var _, _ = h\u00e9.Get(u)".getBytes(StandardCharsets.UTF_8)),
                unicode), "a name that is not ASCII is looked for as its UTF-8 bytes");
        for (String use : List.of("h.Handle(p, nil)", "http.Get(u)", "tls.Listen(n, a, c)", "time.Now()", "h.", "LoadLocation(z)")) {
            byte[] bytes = ("package main\n\nfunc f() { " + use + " }").getBytes(StandardCharsets.UTF_8);
            assertEquals(false, CallSiteScanner.mentionsSelector(read(bytes), imports), use);
        }
    }
}
