package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Dockerfile read again after an edit, with the instructions the edit left taken from the reading
 * before, reads exactly as the new text read on its own: every keyword, flag, argument, range, heredoc
 * and every character's place in the file.
 */
class UnchangedInstructionsTest {
    private static final String DOCKERFILE = String.join("\n",
            "# syntax=docker/dockerfile:1",
            "ARG GO_VERSION=1.22",
            "FROM golang:${GO_VERSION} AS build",
            "WORKDIR /src",
            "RUN --mount=type=cache,target=/root/.cache \\",
            "    # a comment inside the continuation",
            "    apt-get update && \\",
            "    apt-get install -y gcc",
            "COPY <<EOF /etc/app.conf",
            "key=value",
            "EOF",
            "RUN <<-SCRIPT",
            "\tgo build -o /out/app ./cmd/app",
            "\tSCRIPT",
            "ONBUILD RUN echo later",
            "",
            "FROM alpine:3.19",
            "COPY --from=build [\"/out/app\", \"/app\"]",
            "ENTRYPOINT [\"/app\"]",
            "");

    @Test
    void linesAddedAfterTheFirstFromMoveTheInstructionsAfterThem() {
        assertReadsAsNew(DOCKERFILE, DOCKERFILE.replace("AS build\n", "AS build\nMAINTAINER bench\nRUN CGO_ENABLED=0 go build .\n"));
    }

    @Test
    void linesTakenAwayMoveTheInstructionsBack() {
        String edited = DOCKERFILE.replace("AS build\n", "AS build\nMAINTAINER bench\nRUN CGO_ENABLED=0 go build .\n");
        assertReadsAsNew(edited, DOCKERFILE);
    }

    @Test
    void anEditInsideAContinuationReadsThatInstructionAgain() {
        assertReadsAsNew(DOCKERFILE, DOCKERFILE.replace("install -y gcc", "install -y gcc musl-dev"));
        assertReadsAsNew(DOCKERFILE, DOCKERFILE.replace("    apt-get update && \\", "    apt-get update && \\\n\n"));
    }

    @Test
    void anEditInsideAHeredocReadsThatInstructionAgain() {
        assertReadsAsNew(DOCKERFILE, DOCKERFILE.replace("key=value", "key=value\nother=1"));
        assertReadsAsNew(DOCKERFILE, DOCKERFILE.replace("\tSCRIPT", "\tSCRIPTS"));
    }

    @Test
    void anEditOfTheLastLineAndOfTheEndOfTheText() {
        assertReadsAsNew(DOCKERFILE, DOCKERFILE + "CMD [\"x\"]");
        String unterminated = DOCKERFILE + "RUN echo a \\";
        assertReadsAsNew(unterminated, unterminated + "\n  b");
        assertReadsAsNew(DOCKERFILE.strip(), DOCKERFILE.strip() + " --verbose");
    }

    @Test
    void anUnclosedHeredocIsReadAgainOnceItIsClosed() {
        String open = DOCKERFILE.replace("\tSCRIPT\n", "");
        assertReadsAsNew(open, DOCKERFILE);
        assertReadsAsNew(DOCKERFILE, open);
    }

    @Test
    void anotherEscapeCharacterReadsEverythingAgain() {
        String backtick = "# escape=`\n" + DOCKERFILE.replace("\\\n", "`\n");
        assertReadsAsNew(backtick, backtick.replace("# escape=`", "# escape=\\"));
        assertReadsAsNew(DOCKERFILE, "# escape=`\n" + DOCKERFILE);
    }

    @Test
    void anInstructionAfterTheEditIsTakenNotReadAgain() {
        SourceText before = new SourceText(DOCKERFILE);
        DockerfileReader.Reading first = DockerfileReader.read(before, null);
        SourceText after = new SourceText(DOCKERFILE.replace("AS build\n", "AS build\nMAINTAINER bench\n"));
        DockerfileReader.Reading second = DockerfileReader.read(after, first);
        DockerInstruction copyBefore = first.syntax().instructions().get(8);
        DockerInstruction copyAfter = second.syntax().instructions().get(9);
        assertEquals("COPY", copyAfter.keyword());
        assertSame(copyBefore.execForm(), copyAfter.execForm()); // taken over, only moved
        assertEquals(copyBefore.line() + 1, copyAfter.line());
        assertSame(after, copyAfter.rest().file());
    }

    private static void assertReadsAsNew(String before, String after) {
        DockerfileReader.Reading previous = DockerfileReader.read(new SourceText(before), null);
        SourceText text = new SourceText(after);
        DockerfileReader.Reading again = DockerfileReader.read(text, previous);
        DockerfileReader.Reading fresh = DockerfileReader.read(new SourceText(after), null);
        assertEquals(describe(fresh), describe(again));
        for (DockerInstruction instruction : again.syntax().instructions()) {
            assertSame(text, instruction.rest().file());
        }
    }

    private static String describe(DockerfileReader.Reading reading) {
        StringBuilder out = new StringBuilder();
        DockerfileSyntax syntax = reading.syntax();
        out.append(syntax.directives()).append(' ').append(syntax.escape()).append(' ').append(syntax.problems()).append('\n');
        for (DockerInstruction instruction : syntax.instructions()) {
            describe(instruction, out);
        }
        out.append(reading.spans());
        return out.toString();
    }

    private static void describe(DockerInstruction instruction, StringBuilder out) {
        if (instruction == null) {
            out.append("no onbuild\n");
            return;
        }
        out.append(instruction.keyword()).append(' ').append(instruction.keywordRange()).append(' ').append(instruction.range())
                .append(' ').append(instruction.flags()).append(' ').append(instruction.arguments()).append(' ')
                .append(instruction.execForm()).append('\n');
        describe(instruction.rest(), out);
        for (DockerHeredoc heredoc : instruction.heredocs()) {
            out.append("heredoc ").append(heredoc.delimiter()).append(' ').append(heredoc.quoted()).append(' ')
                    .append(heredoc.stripTabs()).append(' ').append(heredoc.range()).append(' ').append(heredoc.terminated())
                    .append('\n');
            describe(heredoc.body(), out);
        }
        describe(instruction.onbuild(), out);
        if (instruction.heredocs().isEmpty() && !instruction.isExecForm() && instruction.keyword().equals("RUN")) {
            describe(RunScript.of(instruction), out);
        }
    }

    private static void describe(MappedText text, StringBuilder out) {
        out.append('"').append(text.text()).append("\" at");
        for (int i = 0; i <= text.length(); i++) {
            out.append(' ').append(text.fileOffset(i));
        }
        out.append(' ').append(text.fileRange()).append('\n');
    }

    @Test
    void theSpansSayWhereEachInstructionWasRead() {
        DockerfileReader.Reading reading = DockerfileReader.read(new SourceText("FROM a\nRUN x \\\n  y\n\nCMD z"), null);
        assertEquals(List.of(new DockerfileReader.Span(0, 7, 0, 1, true), new DockerfileReader.Span(7, 19, 1, 2, true),
                new DockerfileReader.Span(20, 25, 4, 1, true)), reading.spans());
    }
}
