package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.cgoguard.engine.AnalysisOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {
    private final List<String> warnings = new ArrayList<>();
    private final SettingsReader reader = new SettingsReader(warnings::add);

    private AnalysisOptions read(String json) {
        return reader.read(JsonParser.parseString(json));
    }

    @Test
    void readsEverySettingInsideOrOutsideTheSection() {
        String settings = "{\"rules\": {\"static-glibc-nss\": \"Warning\", \"redundant-netgo\": \"off\"},"
                + " \"buildArgs\": {\"BASE\": \"alpine:3.20\"}, \"makeVariables\": {\"CGO_ENABLED\": 1},"
                + " \"targetStage\": \"runtime\"}";
        for (AnalysisOptions options : List.of(read(settings), read("{\"cgoguard\": " + settings + "}"))) {
            assertEquals(Map.of("static-glibc-nss", "warning", "redundant-netgo", "off"), options.ruleSeverities());
            assertEquals(Map.of("BASE", "alpine:3.20"), options.buildArgs());
            assertEquals(Map.of("CGO_ENABLED", "1"), options.makeVariables());
            assertEquals("runtime", options.targetStage());
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void malformedPartsFallBackToTheirDefaultsWithAWarning() {
        AnalysisOptions options = read("{\"rules\": {\"static-glibc-nss\": \"fatal\", \"redundant-netgo\": \"hint\"},"
                + " \"buildArgs\": [1, 2], \"makeVariables\": {\"A\": {\"nested\": true}, \"B\": \"x\"}, \"targetStage\": 3}");
        assertEquals(Map.of("redundant-netgo", "hint"), options.ruleSeverities());
        assertEquals(Map.of(), options.buildArgs());
        assertEquals(Map.of("B", "x"), options.makeVariables());
        assertNull(options.targetStage());
        assertEquals(4, warnings.size(), warnings.toString());
    }

    @Test
    void nothingOrNonsenseGivesTheDefaults() {
        assertEquals(AnalysisOptions.DEFAULTS, reader.read(null));
        assertEquals(AnalysisOptions.DEFAULTS, read("null"));
        assertEquals(AnalysisOptions.DEFAULTS, read("\"cgoguard\""));
        assertEquals(AnalysisOptions.DEFAULTS, read("{\"cgoguard\": 5}"));
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
