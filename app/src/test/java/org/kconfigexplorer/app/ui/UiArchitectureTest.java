package org.kconfigexplorer.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer's design rules: view models and the explanation logic use no scene graph (so
 * they are testable without a toolkit), and the UI does not reach into the command line.
 */
class UiArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kconfigexplorer.app.ui");
    }

    @Test
    void viewModelsAndPresentationLogicUseNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameStartingWith("OptionRow")
                .or().haveSimpleName("OptionTree")
                .or().haveSimpleName("OptionToggle")
                .or().haveSimpleName("ConditionPresenter")
                .or().haveSimpleName("ConditionRow")
                .or().haveSimpleName("Problem")
                .or().haveSimpleName("SessionSource")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(classes);
    }

    @Test
    void theUiDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("org.kconfigexplorer.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.kconfigexplorer.app.cli..")
                .check(classes);
    }

    @Test
    void onlyTheFxExecutorTalksToThePlatformThread() {
        noClasses().that().resideInAPackage("org.kconfigexplorer.app.ui..")
                .and().doNotHaveSimpleName("FxBackgroundExecutor")
                .and().doNotHaveSimpleName("OptionTreeView")
                .and().doNotHaveSimpleName("UnexpectedErrors")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }
}
