package dev.cgoguard.tests.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The small programs of the matrix: one per kind of cgo the go command can link in. */
enum OracleProgram {
    NONE("none", "fmt only"),
    NET("net", "net.LookupHost"),
    OS_USER("os-user", "user.Current"),
    NET_HTTP("net-http", "http.Get"),
    CGO("cgo", "import \"C\" with a trivial preamble"),
    CGO_NET_USER("cgo-net-user", "import \"C\" with net.LookupHost and user.Current");

    private final String id;
    private final String description;

    OracleProgram(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    /** Whether the program has {@code import "C"} itself (it does not build with cgo off). */
    boolean importsC() {
        return this == CGO || this == CGO_NET_USER;
    }

    /** The program's main.go, from the test resources under oracle/programs. */
    String mainGo() {
        String resource = "/oracle/programs/" + id + "/main.go";
        try (InputStream in = OracleProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<OracleProgram> all() {
        return List.of(values());
    }
}
