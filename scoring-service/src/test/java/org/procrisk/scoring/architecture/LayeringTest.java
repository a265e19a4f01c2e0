package org.procrisk.scoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * Dependencies run one way: rest → mapping → service → method, with the API records (api) depending on
 * nothing of ours and the method on nothing but itself. Answers are written in one place (json).
 */
class LayeringTest {

    private static final String ROOT = "org.procrisk.scoring.";
    /** Our own code: avaje-jsonb generates the answers' adapters beside the records, and those are its code. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("JsonAdapter") && !location.contains("/jsonb/"))
            .importPackages("org.procrisk.scoring");

    @Test
    void noPackagesImportEachOther() {
        slices().matching("org.procrisk.scoring.(*)..")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void theMethodIsPure() {
        noClasses().that().resideInAPackage(ROOT + "method..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + "method..", "java..",
                    "com.github.benmanes.caffeine..")
                .check(MAIN);
    }

    @Test
    void apiRecordsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + "api..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "rest..", ROOT + "service..", ROOT + "mapping..",
                    ROOT + "method..", ROOT + "bom..", ROOT + "policy..", ROOT + "snapshot..", ROOT + "client..",
                    ROOT + "config..", ROOT + "json..")
                .check(MAIN);
    }

    @Test
    void servicesSeeNoApiRecordsNorMapping() {
        noClasses().that().resideInAnyPackage(ROOT + "service..",
                    ROOT + "method..", ROOT + "bom..", ROOT + "policy..", ROOT + "snapshot..", ROOT + "client..",
                    ROOT + "config..", ROOT + "health..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "api..", ROOT + "mapping..", ROOT + "rest..",
                    ROOT + "json..")
                .check(MAIN);
    }

    @Test
    void mappingUsesNoServiceBehaviour() {
        noClasses().that().resideInAPackage(ROOT + "mapping..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "rest..", ROOT + "config..", ROOT + "client..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .check(MAIN);
    }

    @Test
    void onlyRestUsesRest() {
        classes().that().resideInAPackage(ROOT + "rest..")
                .should().onlyHaveDependentClassesThat().resideInAPackage(ROOT + "rest..")
                .check(MAIN);
    }

    @Test
    void answersAreWrittenInOnePlace() {
        noClasses().that().resideOutsideOfPackage(ROOT + "json..")
                .should().dependOnClassesThat().resideInAPackage("io.avaje..")
                .check(MAIN);
    }

    @Test
    void noFrameworkInternals() {
        noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.netty..", "io.vertx.core.buffer.impl..", "io.vertx.core.impl..", "io.quarkus.vertx.utils..")
                .check(MAIN);
    }

    @Test
    void noStaticMutableFields() {
        fields().that().areStatic().and().areDeclaredInClassesThat()
            .resideInAPackage("org.procrisk.scoring..").should().beFinal()
                .check(MAIN);
    }
}
