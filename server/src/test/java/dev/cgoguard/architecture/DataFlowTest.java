package dev.cgoguard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.knowledge.KnowledgeTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data flow the README describes: files (and the host they are built on), parse, evaluate (Make, shell,
 * Dockerfile, workflows, go commands, Go packages), plans, findings, rules, the file kinds (each
 * kind's support, found by the earlier stages only through {@code FileKinds}), the engine, the
 * settings, and the two front-ends. Each layer uses only the layers below it, and no package
 * cycle hides a dependency that goes back up.
 */
class DataFlowTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cgoguard");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.cgoguard.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void layersFollowTheDataFlow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Files").definedBy("dev.cgoguard.workspace..", "dev.cgoguard.cache..", "dev.cgoguard.host..")
                .layer("Parse").definedBy("dev.cgoguard.grammars..", "dev.cgoguard.parse..")
                .layer("Knowledge").definedBy("dev.cgoguard.knowledge..")
                .layer("Evaluate").definedBy("dev.cgoguard.condition..", "dev.cgoguard.make..", "dev.cgoguard.shell..", "dev.cgoguard.docker..",
                        "dev.cgoguard.ci..", "dev.cgoguard.gocmd..", "dev.cgoguard.gopkg..")
                .layer("Plan").definedBy("dev.cgoguard.plan..")
                .layer("Findings").definedBy("dev.cgoguard.finding..")
                .layer("Rules").definedBy("dev.cgoguard.rules..")
                .layer("Kinds").definedBy("dev.cgoguard.kinds..")
                .layer("Engine").definedBy("dev.cgoguard.engine..")
                .layer("Settings").definedBy("dev.cgoguard.config..")
                .layer("FrontEnds").definedBy("dev.cgoguard.cli..", "dev.cgoguard.lsp..")
                .whereLayer("FrontEnds").mayNotBeAccessedByAnyLayer()
                .whereLayer("Settings").mayOnlyBeAccessedByLayers("FrontEnds")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Settings", "FrontEnds")
                .whereLayer("Kinds").mayOnlyBeAccessedByLayers("Engine", "Settings", "FrontEnds")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Kinds", "Engine", "Settings", "FrontEnds")
                .whereLayer("Findings").mayOnlyBeAccessedByLayers("Rules", "Kinds", "Engine", "Settings", "FrontEnds")
                .whereLayer("Plan").mayOnlyBeAccessedByLayers("Rules", "Kinds", "Engine", "FrontEnds")
                .whereLayer("Evaluate").mayOnlyBeAccessedByLayers("Plan", "Rules", "Kinds", "Engine", "FrontEnds")
                .whereLayer("Knowledge").mayOnlyBeAccessedByLayers("Evaluate", "Plan", "Rules", "Kinds", "Engine", "FrontEnds")
                .whereLayer("Parse").mayOnlyBeAccessedByLayers("Evaluate", "Plan", "Kinds", "Engine", "FrontEnds")
                .check(main);
    }

    @Test
    void rulesReadPlansNeverText() {
        noClasses().that().resideInAPackage("dev.cgoguard.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cgoguard.parse..", "dev.cgoguard.grammars..",
                        "org.treesitter..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Evaluator")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Reader")
                .check(main);
    }

    @Test
    void rulesReachKnowledgeOnlyThroughTheirContext() {
        noClasses().that().resideInAPackage("dev.cgoguard.rules..")
                .should().callMethod(ImageTable.class, "builtIn")
                .orShould().callMethod(Knowledge.class, "builtIn")
                .orShould().dependOnClassesThat().belongToAnyOf(KnowledgeTable.class)
                .check(main);
    }
}
