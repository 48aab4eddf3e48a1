package org.dialoguedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.dialoguedesk.common.ArchitectureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's layering rules in one place: only store touches SQL, only render touches POI and
 * OpenPDF, only exchange maps bundle JSON, only ui and app touch JavaFX, only common.markdown
 * parses Markdown, nothing depends on app, and feature packages have no cycles. A class may break a
 * rule only with an {@link ArchitectureException} naming the rule and saying why.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dialoguedesk");
    }

    @Test
    void onlyStoreTouchesSqlJooqOrFlyway() {
        noClasses().that().resideOutsideOfPackages("org.dialoguedesk.store..", "org.dialoguedesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.sqlite..",
                        "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void appDoesNotRunSqlItself() {
        noClasses().that().resideInAPackage("org.dialoguedesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyRenderTouchesPoiAndOpenPdf() {
        noClasses().that().resideOutsideOfPackage("org.dialoguedesk.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..", "com.lowagie..")
                .check(classes);
    }

    @Test
    void onlyExchangeAndAppTouchJson() {
        noClasses().that().resideOutsideOfPackages("org.dialoguedesk.exchange..", "org.dialoguedesk.app..")
                .and(DescribedPredicate.not(excepted("onlyExchangeAndAppTouchJson")))
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    /**
     * Markdown is parsed in one place, with the nesting limits that keep hostile text from
     * overflowing the stack of whatever walks the tree; others walk the parsed tree only.
     */
    @Test
    void onlyCommonMarkdownParsesMarkdown() {
        noClasses().that().resideOutsideOfPackage("org.dialoguedesk.common.markdown..")
                .should().dependOnClassesThat().resideInAnyPackage("org.commonmark.parser..")
                .check(classes);
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.dialoguedesk.ui..", "org.dialoguedesk..ui..",
                        "org.dialoguedesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void screensCallServicesNeverTheStore() {
        noClasses().that().resideInAnyPackage("org.dialoguedesk.ui..", "org.dialoguedesk..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dialoguedesk.store..")
                .check(classes);
    }

    @Test
    void domainCoresDependOnNoInfrastructure() {
        noClasses().that().resideInAnyPackage("org.dialoguedesk.roster", "org.dialoguedesk.questionnaire",
                        "org.dialoguedesk.meeting", "org.dialoguedesk.profile", "org.dialoguedesk.bundle",
                        "org.dialoguedesk.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dialoguedesk.store..",
                        "org.dialoguedesk.render..", "org.dialoguedesk.exchange..", "org.dialoguedesk.ui..")
                .check(classes);
    }

    @Test
    void nothingDependsOnApp() {
        noClasses().that().resideOutsideOfPackage("org.dialoguedesk.app..")
                .should().dependOnClassesThat().resideInAPackage("org.dialoguedesk.app..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.dialoguedesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyExceptionSaysWhy() {
        for (JavaClass c : classes) {
            c.tryGetAnnotationOfType(ArchitectureException.class).ifPresent(a -> {
                if (a.why().isBlank() || a.rule().isBlank()) {
                    throw new AssertionError(c.getName() + " is excepted from a rule without saying which or why");
                }
            });
        }
    }

    /**
     * Classes that may break the rule stated by the test method {@code rule}, as their annotation (or that of
     * a class they are nested in) says.
     */
    private static DescribedPredicate<JavaClass> excepted(String rule) {
        return DescribedPredicate.describe("excepted from " + rule, c -> {
            for (JavaClass at = c; at != null; at = at.getEnclosingClass().orElse(null)) {
                if (at.tryGetAnnotationOfType(ArchitectureException.class).map(a -> a.rule().equals(rule)).orElse(false)) {
                    return true;
                }
            }
            return false;
        });
    }
}
