package dev.cgoguard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cgoguard reads untrusted repositories: its main code must never start a process or open a
 * network connection, and the analysis core must not depend on the front-ends.
 */
class NeverRunsWhatItReadsTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cgoguard");
    }

    @Test
    void startsNoProcess() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .orShould().callMethod(Runtime.class, "exec", String[].class)
                .orShould().callMethod(Runtime.class, "exec", String.class, String[].class)
                .orShould().callMethod(Runtime.class, "exec", String[].class, String[].class)
                .orShould().callMethod(Runtime.class, "exec", String.class, String[].class, java.io.File.class)
                .orShould().callMethod(Runtime.class, "exec", String[].class, String[].class, java.io.File.class);
        rule.check(main);
    }

    @Test
    void opensNoNetworkConnection() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.nio.channels.SocketChannel.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.nio.channels.ServerSocketChannel.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.nio.channels.DatagramChannel.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.Socket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.ServerSocket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.DatagramSocket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.URLConnection.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.HttpURLConnection.class.getName())
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream");
        rule.check(main);
    }

    @Test
    void coreDoesNotDependOnFrontEnds() {
        noClasses().that().resideOutsideOfPackages("dev.cgoguard.cli..", "dev.cgoguard.lsp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cgoguard.cli..", "dev.cgoguard.lsp..", "org.eclipse.lsp4j..", "picocli..")
                .check(main);
    }
}
