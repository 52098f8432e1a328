package dev.cgoguard.kinds.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Edits to a build written in YAML keep the file's own style, and the file stays valid YAML. */
class YamlBuildTextTest {
    private static final YamlBuildText.Keys KEYS = new YamlBuildText.Keys("env", "flags", "ldflags", "tags");

    private static String edit(String yaml, Function<CommandText, List<FileEdit>> change) {
        SourceText source = new SourceText(yaml);
        YamlDocument document = YamlDocument.read(source, "x.yaml");
        var build = YamlDocument.items(YamlDocument.get(document.root(), "builds")).get(0);
        CommandText text = YamlBuildText.of(new YamlEdits(document, "x.yaml"), build, KEYS).orElseThrow();
        List<FileEdit> edits = new ArrayList<>(change.apply(text));
        edits.sort(Comparator.comparing((FileEdit e) -> e.range().start()).reversed());
        StringBuilder out = new StringBuilder(yaml);
        for (FileEdit e : edits) {
            out.replace(source.offsetAt(e.range().start()), source.offsetAt(e.range().end()), e.newText());
        }
        String result = out.toString();
        assertTrue(YamlDocument.read(new SourceText(result), "x.yaml").problem() == null, "valid YAML:\n" + result);
        return result;
    }

    @Test
    void tagsAreAppendedToABlockListInItsIndentation() {
        assertEquals("""
                builds:
                  - id: a
                    tags:
                        - json1
                        - netgo
                        - osusergo
                    env: [CGO_ENABLED=1]
                """, edit("""
                builds:
                  - id: a
                    tags:
                        - json1
                    env: [CGO_ENABLED=1]
                """, t -> List.of(t.addTags(List.of("json1"), List.of("netgo", "osusergo")).orElseThrow())));
    }

    @Test
    void tagsGoIntoAFlowListOrAFlagsItemOrANewKey() {
        assertEquals("builds:\n  - tags: [json1, netgo]\n", edit("builds:\n  - tags: [json1]\n",
                t -> List.of(t.addTags(List.of(), List.of("netgo")).orElseThrow())));
        assertEquals("builds:\n  - flags:\n      - -tags=json1,netgo\n", edit("builds:\n  - flags:\n      - -tags=json1\n",
                t -> List.of(t.addTags(List.of(), List.of("netgo")).orElseThrow())));
        assertEquals("builds:\n  - id: a\n    main: .\n    tags:\n      - netgo\n", edit("builds:\n  - id: a\n    main: .\n",
                t -> List.of(t.addTags(List.of(), List.of("netgo")).orElseThrow())));
    }

    @Test
    void anEnvironmentSettingIsReplacedInItsQuotesOrAppended() {
        assertEquals("builds:\n  - env:\n      - \"CGO_ENABLED=0\"\n", edit("builds:\n  - env:\n      - \"CGO_ENABLED=1\"\n",
                t -> List.of(t.setEnvironment("CGO_ENABLED", "0"))));
        assertEquals("builds:\n  - env:\n      - GOFLAGS=-mod=mod\n      - CC=musl-gcc\n",
                edit("builds:\n  - env:\n      - GOFLAGS=-mod=mod\n", t -> t.setEnvironment(Map.of("CC", "musl-gcc"))));
        assertEquals("builds:\n  - env:\n      - CGO_ENABLED={{ .Env.CGO }}\n      - CGO_ENABLED=0\n",
                edit("builds:\n  - env:\n      - CGO_ENABLED={{ .Env.CGO }}\n", t -> List.of(t.setEnvironment("CGO_ENABLED", "0"))));
    }

    @Test
    void aLinkerFlagIsRemovedFromTheListItemThatHoldsItAndAnItemLeftEmptyGoes() {
        String yaml = "builds:\n  - ldflags:\n      - -s -w\n      - -extldflags \"-static\"\n";
        assertEquals("builds:\n  - ldflags:\n      - -s -w\n", edit(yaml, t -> t.ldflags().orElseThrow()
                .removeFlag("extldflags", v -> v.contains("-static")).orElseThrow()));
        assertEquals("builds:\n  - ldflags: -s -w\n", edit("builds:\n  - ldflags: -s -w -extldflags=-static\n",
                t -> t.ldflags().orElseThrow().removeFlag("extldflags", v -> true).orElseThrow()));
    }

    @Test
    void flagsAndTagsAreRemovedWithTheirLines() {
        assertEquals("builds:\n  - flags:\n      - -trimpath\n", edit("builds:\n  - flags:\n      - -a\n      - -trimpath\n",
                t -> t.removeFlag("-a", false)));
        assertEquals("builds:\n  - id: x\n", edit("builds:\n  - id: x\n    tags:\n      - netgo\n",
                t -> t.removeTags(List.of("netgo")).orElseThrow()));
    }

    @Test
    void theStaticWordIsTakenOutOfExtldflagsInTheListItemThatHoldsIt() {
        String yaml = "builds:\n  - ldflags:\n      - -s -w\n      - -linkmode external -extldflags \"-static -lm\"\n";
        assertEquals("builds:\n  - ldflags:\n      - -s -w\n      - -linkmode external -extldflags \"-lm\"\n",
                edit(yaml, t -> t.ldflags().orElseThrow().removeExternalLinkerWords("-static"::equals).orElseThrow()));
        assertEquals("builds:\n  - ldflags:\n      - -s -w\n      - -linkmode external\n",
                edit("builds:\n  - ldflags:\n      - -s -w\n      - -linkmode external -extldflags -static\n",
                        t -> t.ldflags().orElseThrow().removeExternalLinkerWords("-static"::equals).orElseThrow()));
    }

    @Test
    void aStaticWordIsTakenOutOfAnEnvironmentItemAndAnItemLeftEmptyGoes() {
        assertEquals("builds:\n  - env:\n      - CGO_ENABLED=1\n      - CGO_LDFLAGS=-lm\n",
                edit("builds:\n  - env:\n      - CGO_ENABLED=1\n      - CGO_LDFLAGS=-static -lm\n",
                        t -> List.of(t.removeEnvironmentWords("CGO_LDFLAGS", "-static"::equals).orElseThrow())));
        assertEquals("builds:\n  - env:\n      - CGO_ENABLED=1\n",
                edit("builds:\n  - env:\n      - CGO_ENABLED=1\n      - CGO_LDFLAGS=-static\n",
                        t -> List.of(t.removeEnvironmentWords("CGO_LDFLAGS", "-static"::equals).orElseThrow())));
        assertTrue(edit("builds:\n  - env:\n      - CC=musl-gcc\n", t -> {
            assertTrue(t.setsEnvironment("CC"));
            return List.of();
        }).contains("CC=musl-gcc"));
    }

    @Test
    void aLinkerFlagIsPutFirstInAPlainScalarWithoutQuotes() {
        assertEquals("builds:\n  - ldflags: -linkmode=external -s -w\n", edit("builds:\n  - ldflags: -s -w\n",
                t -> List.of(t.ldflags().orElseThrow().prepend("-linkmode=external").orElseThrow())));
    }
}
