package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of {@code cgoguard lsp}, as language clients write it. */
class LspCommandTest {
    @Test
    void theTransportArgumentsOfLanguageClientsStartASession() {
        Session session = serve("lsp", "--stdio", "--clientProcessId=4242");
        assertEquals(0, session.exit(), session.err());
        assertTrue(session.out().contains("\"id\":1"), "the shutdown request is answered: " + session.out());
        assertEquals("", session.err());
    }

    @Test
    void theProcessIdMayAlsoComeAsASeparateWord() {
        Session session = serve("lsp", "--clientProcessId", "4242", "--stdio");
        assertEquals(0, session.exit(), session.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.run("lsp", "--socket=5007");
        assertEquals(2, run.exit());
        assertEquals("cgoguard: unknown option '--socket=5007' for cgoguard lsp; 'cgoguard lsp --help' lists the options", run.err().strip());
    }

    @Test
    void aProcessIdThatIsNoNumberIsAUsageError() {
        CliRun run = CliRun.run("lsp", "--clientProcessId=me");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("cgoguard: Invalid value for option '--clientProcessId': 'me' is not a long"), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
    }

    @Test
    void anArgumentIsAUsageError() {
        CliRun run = CliRun.run("lsp", "Makefile");
        assertEquals(2, run.exit());
        assertEquals("cgoguard: unexpected argument 'Makefile' for cgoguard lsp; 'cgoguard lsp --help' says what it takes", run.err().strip());
    }

    private record Session(int exit, String out, String err) {
    }

    /** Runs the command with a client on stdin that asks for shutdown, then exit. */
    private static Session serve(String... args) {
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        System.setIn(new ByteArrayInputStream((message("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}")
                + message("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")).getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(null, new java.io.PrintWriter(err, true), args);
            return new Session(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
    }

    private static String message(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }
}
