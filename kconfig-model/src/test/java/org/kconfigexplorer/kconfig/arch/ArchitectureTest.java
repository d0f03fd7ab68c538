package org.kconfigexplorer.kconfig.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model stays pure Java and its packages form no cycles. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kconfigexplorer.kconfig");

    @Test
    void modelDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.kconfigexplorer.kconfig.(*)..").should().beFreeOfCycles().check(classes);
    }
}
