package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.cgoguard.config.SettingsOverrides;
import dev.cgoguard.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {
    private final List<String> warnings = new ArrayList<>();
    private final SettingsReader reader = new SettingsReader(warnings::add, id -> RuleRegistry.builtIn().find(id).isPresent());

    private SettingsOverrides read(String json) {
        return reader.read(JsonParser.parseString(json));
    }

    @Test
    void readsEverySettingInsideOrOutsideTheSection() {
        String settings = "{\"rules\": {\"static-glibc-nss\": \"Warning\", \"redundant-netgo\": \"off\"},"
                + " \"buildArgs\": {\"BASE\": \"alpine:3.20\"}, \"makeVariables\": {\"CGO_ENABLED\": 1},"
                + " \"targetStage\": \"runtime\", \"exclude\": [\"vendor/**\", \"*.mk\"]}";
        for (SettingsOverrides options : List.of(read(settings), read("{\"cgoguard\": " + settings + "}"))) {
            assertEquals(Map.of("static-glibc-nss", "warning", "redundant-netgo", "off"), options.severities());
            assertEquals(Map.of("BASE", "alpine:3.20"), options.buildArgs());
            assertEquals(Map.of("CGO_ENABLED", "1"), options.makeVars());
            assertEquals("runtime", options.target());
            assertEquals(List.of("vendor/**", "*.mk"), options.exclude());
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aFixChoiceIsCheckedAsTheCoreChecksItAndARefusedOneIsLeftOutWithAWarning() {
        dev.cgoguard.config.SettingsResolver resolver = new dev.cgoguard.config.SettingsResolver(RuleRegistry.builtIn());
        SettingsReader checked = new SettingsReader(warnings::add, resolver::knowsRule, resolver::fixChoiceProblem);
        SettingsOverrides options = checked.read(JsonParser.parseString(
                "{\"fixes\": {\"static-glibc-nss\": \"dynamic\", \"ineffective-extldflags\": \"static\"}}"));
        assertEquals(Map.of("static-glibc-nss", "dynamic"), options.fixes());
        assertEquals(List.of("cgoguard settings: fixes.ineffective-extldflags: the rule ineffective-extldflags has no fix 'static'"
                + " (its fixes: cgo-off, external-link, drop-flag); the rule's preferred fix is applied"), warnings);
    }

    @Test
    void malformedPartsFallBackToTheirDefaultsWithAWarning() {
        SettingsOverrides options = read("{\"rules\": {\"static-glibc-nss\": \"fatal\", \"redundant-netgo\": \"hint\","
                + " \"no-such-rule\": \"off\"}, \"buildArgs\": [1, 2], \"makeVariables\": {\"A\": {\"nested\": true}, \"B\": \"x\"},"
                + " \"targetStage\": 3, \"exclude\": [\"a[\", 4, \"vendor/**\"]}");
        assertEquals(Map.of("redundant-netgo", "hint"), options.severities());
        assertEquals(Map.of(), options.buildArgs());
        assertEquals(Map.of("B", "x"), options.makeVars());
        assertNull(options.target());
        assertEquals(List.of("vendor/**"), options.exclude());
        assertEquals(7, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("rules.no-such-rule: unknown rule")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("bad exclude glob 'a['")), warnings.toString());
    }

    @Test
    void nothingOrNonsenseGivesTheDefaults() {
        assertEquals(SettingsOverrides.NONE, reader.read(null));
        assertEquals(SettingsOverrides.NONE, read("null"));
        assertEquals(SettingsOverrides.NONE, read("\"cgoguard\""));
        assertEquals(SettingsOverrides.NONE, read("{\"cgoguard\": 5}"));
        assertEquals(2, warnings.size());
    }

    @Test
    void maxFilesIsAWholeNumberOfAtLeastOneElseTheDefaultWithAWarning() {
        assertEquals(dev.cgoguard.workspace.ScanLimits.DEFAULTS, reader.scanLimits(null));
        assertEquals(250_000, reader.scanLimits(JsonParser.parseString("{\"cgoguard\": {\"maxFiles\": 250000}}")).maxFiles());
        assertTrue(warnings.isEmpty(), warnings.toString());
        for (String bad : List.of("0", "-3", "1.5", "\"many\"")) {
            assertEquals(dev.cgoguard.workspace.ScanLimits.DEFAULTS, reader.scanLimits(JsonParser.parseString("{\"maxFiles\": " + bad + "}")));
        }
        assertEquals(4, warnings.size(), warnings.toString());
    }

    @Test
    void inlayHintsAreOnUnlessTurnedOffWithABoolean() {
        assertTrue(reader.inlayHints(null));
        assertTrue(reader.inlayHints(JsonParser.parseString("{\"rules\": {}}")));
        assertEquals(false, reader.inlayHints(JsonParser.parseString("{\"cgoguard\": {\"inlayHints\": false}}")));
        assertEquals(false, reader.inlayHints(JsonParser.parseString("{\"inlayHints\": false}")));
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertTrue(reader.inlayHints(JsonParser.parseString("{\"inlayHints\": \"no\"}")));
        assertEquals(1, warnings.size(), warnings.toString());
    }
}
