package dev.cgoguard.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line's model is built in code ({@link CommandModel}), so that no run pays for
 * picocli reading annotations by reflection; the help it prints is the one users know, word for
 * word and option for option.
 */
class CommandModelTest {
    @Test
    void lintHelpNamesEveryOption() throws IOException {
        CliRun help = CliRun.run("lint", "--help");
        assertEquals(0, help.exit(), help.err());
        assertEquals(expected("lint-help.txt"), help.out());
    }

    @Test
    void planHelpNamesEveryOption() throws IOException {
        CliRun help = CliRun.run("plan", "--help");
        assertEquals(0, help.exit(), help.err());
        assertEquals(expected("plan-help.txt"), help.out());
    }

    @Test
    void noCommandIsReadFromAnnotations() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cgoguard");
        noClasses().should().beAnnotatedWith(CommandLine.Command.class).check(main);
        noFields().should().beAnnotatedWith(CommandLine.Option.class)
                .orShould().beAnnotatedWith(CommandLine.Parameters.class)
                .orShould().beAnnotatedWith(CommandLine.Mixin.class)
                .orShould().beAnnotatedWith(CommandLine.Spec.class).check(main);
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = CommandModelTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", System.lineSeparator());
        }
    }
}
