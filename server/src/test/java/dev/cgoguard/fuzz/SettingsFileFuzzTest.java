package dev.cgoguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.config.SettingsFileReader;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.testing.FuzzBounds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;

/** The settings file reader (.cgoguard.yaml) on any YAML. */
class SettingsFileFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void settings(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> new SettingsFileReader(RuleRegistry.builtIn().all().stream().map(r -> r.info().id()).collect(Collectors.toSet()))
                .parse(Path.of("/nonexistent/fuzz/.cgoguard.yaml"), text));
    }
}
