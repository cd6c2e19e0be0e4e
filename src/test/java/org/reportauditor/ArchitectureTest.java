package org.reportauditor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers honest: data flows one way, ingest → template → check → audit → export, with
 * the app and the command line on top; the model depends on nothing; only the app knows JavaFX;
 * PDFBox and POI stay in the readers, the exports and the one page-rendering service.
 */
@AnalyzeClasses(packages = "org.reportauditor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Model").definedBy("org.reportauditor.model..")
            .layer("Grammar").definedBy("org.reportauditor.grammar..")
            .layer("I18n").definedBy("org.reportauditor.i18n..")
            .layer("Ingest").definedBy("org.reportauditor.ingest..")
            .layer("Template").definedBy("org.reportauditor.template..")
            .layer("Check").definedBy("org.reportauditor.check..")
            .layer("Audit").definedBy("org.reportauditor.audit..")
            .layer("Export").definedBy("org.reportauditor.export..")
            .layer("Render").definedBy("org.reportauditor.render..")
            .layer("Cli").definedBy("org.reportauditor.cli..")
            .layer("App").definedBy("org.reportauditor.app..")
            .layer("Main").definedBy("org.reportauditor")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Export", "App", "Main")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "App", "Main")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Export", "Cli", "App", "Main")
            .whereLayer("Check").mayOnlyBeAccessedByLayers("Audit", "Export", "Cli", "App", "Main")
            .whereLayer("Template").mayOnlyBeAccessedByLayers("Check", "Audit", "Export", "Cli", "App", "Main")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Template", "Audit", "Export", "Cli", "App", "Main")
            .whereLayer("I18n").mayOnlyBeAccessedByLayers("Export", "Cli", "App", "Main");

    @ArchTest
    static final ArchRule theModelDependsOnNothing = classes().that().resideInAPackage("org.reportauditor.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.reportauditor.model..", "java..");

    /** The one grammar of numbers, titles, headings and numerals: every layer may use it, so it uses none. */
    @ArchTest
    static final ArchRule theGrammarDependsOnNothing = classes().that().resideInAPackage("org.reportauditor.grammar..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.reportauditor.grammar..", "java..");

    @ArchTest
    static final ArchRule onlyTheAppTouchesJavaFx = noClasses().that().resideOutsideOfPackage("org.reportauditor.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..",
                    "com.sun.javafx..");

    @ArchTest
    static final ArchRule pdfBoxAndPoiStayInTheReadersExportsAndRenderer = noClasses()
            .that().resideOutsideOfPackages("org.reportauditor.ingest..", "org.reportauditor.export..",
                    "org.reportauditor.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                    "org.apache.poi..");

    @ArchTest
    static final ArchRule theAppDoesNotUseTheCommandLine = noClasses().that().resideInAPackage("org.reportauditor.app..")
            .should().dependOnClassesThat().resideInAPackage("org.reportauditor.cli..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule theCommandLineDoesNotUseTheApp = noClasses().that().resideInAPackage("org.reportauditor.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.reportauditor.app..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.reportauditor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTheReaders = slices().matching("org.reportauditor.ingest.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTheApp = slices().matching("org.reportauditor.app.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noSystemExitBelowMain = noClasses().that().resideOutsideOfPackage("org.reportauditor")
            .should().callMethod(System.class, "exit", int.class);
}
