package org.dialoguedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Contact import/export keeps POI inside {@code render}, and the roster core free of files' libraries. */
class SpreadsheetLayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dialoguedesk");

    @Test
    void onlyRenderTouchesPoi() {
        noClasses().that().resideOutsideOfPackage("org.dialoguedesk.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .check(CLASSES);
    }

    @Test
    void rosterCoreDependsOnNeitherRenderNorStoreNorApp() {
        noClasses().that().resideInAPackage("org.dialoguedesk.roster")
                .should().dependOnClassesThat().resideInAnyPackage("org.dialoguedesk.render..",
                        "org.dialoguedesk.store..", "org.dialoguedesk.app..", "org.jooq..", "javafx..")
                .check(CLASSES);
    }
}
