package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.rules.FixAlternative;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleDocs;
import dev.cgoguard.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rules table, the rule registry and the rule pages say the same thing. */
class ReadmeRulesTableTest {
    private static List<String> readmeRows() throws IOException {
        Path readme = Fixtures.root().getParent().getParent().resolve("README.md");
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("## Rules")) {
                inTable = true;
            } else if (inTable && line.startsWith("## ")) {
                break;
            } else if (inTable && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                rows.add(cells[1].trim().replace("`", "") + " | " + cells[2].trim() + " | " + cells[3].trim());
            }
        }
        return rows;
    }

    @Test
    void readmeTableMatchesTheRegistry() throws IOException {
        List<String> registry = RuleRegistry.builtIn().all().stream()
                .map(r -> r.info().id() + " | " + r.info().severities() + " | " + r.info().summary())
                .toList();
        assertEquals(registry, readmeRows());
    }

    @Test
    void everyRuleHasItsPage() {
        for (Rule rule : RuleRegistry.builtIn().all()) {
            String page = RuleDocs.page(rule.info().id()).orElse("");
            assertTrue(page.startsWith("# " + rule.info().id() + "\n"), "page of " + rule.info().id());
            assertTrue(page.contains("## How to fix") || page.contains("## How to fix it"), "fix section in the page of " + rule.info().id());
            assertTrue(page.contains("## Certainty\n"), "the certainty policy in the page of " + rule.info().id());
        }
        String overview = RuleDocs.overview();
        assertTrue(overview.contains("## Certainty: when a finding is an error or a warning"), overview);
        assertTrue(overview.contains("## Third-party trees") && overview.contains("## The modelled build"), overview);
    }

    @Test
    void everyFixARuleOffersByNameIsNamedOnItsPageWithThePreferredOneAndWhy() {
        for (Rule rule : RuleRegistry.builtIn().all()) {
            if (rule.fixAlternatives().isEmpty()) {
                continue;
            }
            String page = RuleDocs.page(rule.info().id()).orElse("");
            String fixes = page.substring(page.indexOf("## How to fix"));
            for (FixAlternative alternative : rule.fixAlternatives()) {
                assertTrue(fixes.contains("**`" + alternative.id() + "`**"), rule.info().id() + "'s page names its fix " + alternative.id());
            }
            assertTrue(fixes.contains("preferred") && fixes.contains("Preferred because"),
                    rule.info().id() + "'s page says which fix is preferred and why");
            assertTrue(fixes.contains("--fix=" + rule.info().id() + ":NAME"), rule.info().id() + "'s page says how to choose another");
        }
    }
}
