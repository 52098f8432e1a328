package dev.cgoguard.rules.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandFlagEditsTest {
    private static final SourceLocation AT = new SourceLocation("build.sh",
            new TextRange(new TextPosition(0, 0), new TextPosition(0, 0)));

    private static GoCommandText command(String text) {
        return GoCommandText.find(AT, text).orElseThrow();
    }

    private static String apply(String text, List<FileEdit> edits) {
        SourceText source = new SourceText(text);
        List<FileEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((FileEdit e) -> e.range().start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (FileEdit edit : sorted) {
            out.replace(source.offsetAt(edit.range().start()), source.offsetAt(edit.range().end()), edit.newText());
        }
        return out.toString();
    }

    @Test
    void removesOneTagKeepingCommasOrSpacesAndQuotes() {
        String text = "go build -tags 'netgo osusergo' -o app .";
        assertEquals("go build -tags 'osusergo' -o app .", apply(text, command(text).removeTags(List.of("netgo")).orElseThrow()));
        String joined = "go build -tags=a,netcgo,b .";
        assertEquals("go build -tags=a,b .", apply(joined, command(joined).removeTags(List.of("netcgo")).orElseThrow()));
        String only = "go build -tags netgo -o app .";
        assertEquals("go build -o app .", apply(only, command(only).removeTags(List.of("netgo")).orElseThrow()));
    }

    @Test
    void noTagEditThroughAVariableOrForAnAbsentTag() {
        String variable = "go build -tags \"$TAGS\" .";
        assertTrue(command(variable).removeTags(List.of("netgo")).isEmpty());
        String absent = "go build -tags osusergo .";
        assertTrue(command(absent).removeTags(List.of("netgo")).isEmpty());
    }

    @Test
    void removesALinkerFlagWhereverItStandsInTheValue() {
        String first = "go build -ldflags \"-linkmode=external -s -w\" .";
        assertEquals("go build -ldflags \"-s -w\" .", apply(first,
                command(first).ldflags().orElseThrow().removeFlag("linkmode", "external"::equals).orElseThrow()));
        String quoted = "go build -ldflags '-X main.v=1 -extldflags \"-static -lm\"' .";
        assertEquals("go build -ldflags '-X main.v=1' .", apply(quoted,
                command(quoted).ldflags().orElseThrow().removeFlag("extldflags", v -> true).orElseThrow()));
        String alone = "go build -ldflags=--extldflags=-static -o app .";
        assertEquals("go build -o app .", apply(alone,
                command(alone).ldflags().orElseThrow().removeFlag("extldflags", v -> true).orElseThrow()));
        String internal = "go build -ldflags '-linkmode internal' .";
        assertEquals(Optional.empty(), command(internal).ldflags().orElseThrow().removeFlag("linkmode", "external"::equals));
    }

    @Test
    void prependsToTheValueAndQuotesABareOne() {
        String quoted = "go build -ldflags '-extldflags -static' .";
        assertEquals("go build -ldflags '-linkmode=external -extldflags -static' .",
                apply(quoted, List.of(command(quoted).ldflags().orElseThrow().prepend("-linkmode=external").orElseThrow())));
        String bare = "go build -ldflags=-s .";
        assertEquals("go build -ldflags='-linkmode=external -s' .",
                apply(bare, List.of(command(bare).ldflags().orElseThrow().prepend("-linkmode=external").orElseThrow())));
    }

    @Test
    void setsSeveralVariablesInOneInsertionAndReplacesWrittenOnes() {
        String text = "GOARCH=arm64 CGO_ENABLED=0 go build .";
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("CGO_ENABLED", "1");
        env.put("CC", "aarch64-linux-gnu-gcc");
        assertEquals("CC=aarch64-linux-gnu-gcc GOARCH=arm64 CGO_ENABLED=1 go build .", apply(text, command(text).setEnvironment(env)));
    }
}
