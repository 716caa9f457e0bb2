package org.appregistry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: capabilities depend on each other one way only, a capability's core
 * (types, services, persistence, controllers) never imports its process/ adapters, and the engine
 * stays at the edge: only the workflow adapters (workflow/, the capabilities' process/ packages)
 * and the identity adapter touch Camunda, so that a move to a maintained Camunda 7 fork changes
 * those and nothing else.
 */
class ArchitectureTest {

    static final String ROOT = "org.appregistry";

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * A slice is a top-level package with everything under it: a capability's process/ adapters
     * count as part of it, so an adapter cannot close a cycle its core would not be allowed to.
     */
    static ArchRule capabilitiesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The core offers ports and raises events; its process/ adapters call it, never the reverse. */
    static ArchRule coreNeverImportsProcess(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..process..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.process..");
    }

    @Test
    void capabilitiesDependOnEachOtherOneWay() {
        capabilitiesFreeOfCycles(ROOT).check(MAIN);
    }

    @Test
    void noCoreClassImportsAProcessAdapter() {
        coreNeverImportsProcess(ROOT).check(MAIN);
    }

    /** The two rules above can fail: on fixture packages with a cycle and a core importing its adapter. */
    @Test
    void theRulesRefuseACycleAndACoreThatImportsItsAdapter() {
        String fixture = ROOT + ".architecture.cyclic";
        JavaClasses cyclic = new ClassFileImporter().importPackages(fixture);

        assertThatThrownBy(() -> capabilitiesFreeOfCycles(fixture).check(cyclic))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected: Slice left");
        assertThatThrownBy(() -> coreNeverImportsProcess(fixture).check(cyclic))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cyclic.left.process.LeftTask");
    }

    /** Kinds, recipients and wording belong to notifications; the others raise plain events. */
    @Test
    void onlyNotificationsWordsAndAddressesNotifications() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".notifications..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".notifications.NotificationService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".notifications.NotificationKind")
                .check(MAIN);
    }

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
