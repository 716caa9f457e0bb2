package org.appregistry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The engine stays at the edge: only the workflow adapters (workflow/, the capabilities'
 * process/ packages) and the identity adapter touch Camunda, so that a move to a maintained
 * Camunda 7 fork changes those and nothing else.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.appregistry");

    @Test
    void onlyTheAdaptersUseTheEngine() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("..workflow..", "..process..", "..identity..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..");
        rule.check(MAIN);
    }

    @Test
    void domainRulesDoNotDependOnTheWeb() {
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(MAIN);
    }
}
