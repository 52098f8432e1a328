package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.rules.RuleRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageServerSetupTest {
    @Test
    void theProductionSetupTakesRuleSummariesFromTheBuiltInRegistry() {
        LanguageServerSetup setup = LanguageServerSetup.production();
        String id = "static-glibc-nss";
        assertEquals(RuleRegistry.builtIn().find(id).map(rule -> rule.info().summary()), setup.ruleSummaries().apply(id));
        assertEquals(Optional.empty(), setup.ruleSummaries().apply("no-such-rule"));
        assertEquals(LanguageServerSetup.DEFAULT_DEBOUNCE_MILLIS, setup.debounceMillis());
    }
}
