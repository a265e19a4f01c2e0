package org.procrisk.supplier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies run one way: rest → service → domain, with mapping between entities and the API records
 * (api), which know nothing of ours: entities never reach the API, and only rest depends on rest.
 */
class LayeringTest {

    private static final String ROOT = "org.procrisk.supplier.";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.procrisk.supplier");

    @Test
    void noPackagesImportEachOther() {
        slices().matching("org.procrisk.supplier.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theDomainDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(ROOT + "domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "api..", ROOT + "rest..", ROOT + "service..",
                        ROOT + "mapping..", ROOT + "audit..", ROOT + "concurrency..", ROOT + "validation..")
                .check(MAIN);
    }

    @Test
    void apiRecordsKnowNoEntityNorService() {
        noClasses().that().resideInAPackage(ROOT + "api..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "domain..", ROOT + "rest..", ROOT + "service..",
                        ROOT + "mapping..", ROOT + "audit..", ROOT + "concurrency..", ROOT + "validation..")
                .check(MAIN);
    }

    @Test
    void restSeesNoEntity() {
        noClasses().that().resideInAPackage(ROOT + "rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "domain..")
                .check(MAIN);
    }

    @Test
    void onlyRestUsesRest() {
        classes().that().resideInAPackage(ROOT + "rest..")
                .should().onlyHaveDependentClassesThat().resideInAPackage(ROOT + "rest..")
                .check(MAIN);
    }

    @Test
    void noStaticMutableFields() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.procrisk.supplier..")
                .should().beFinal()
                .check(MAIN);
    }
}
