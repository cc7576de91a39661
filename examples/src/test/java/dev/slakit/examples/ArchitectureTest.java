package dev.slakit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module boundaries, checked over every slakit class on this module's classpath (examples depends on all
 * published modules): no module reaches into another module's {@code ..internal..} packages.
 * That sla-core depends on nothing but {@code java.*} is checked in sla-core itself.
 */
class ArchitectureTest {

    private static JavaClasses slakit;

    @BeforeAll
    static void importClasses() {
        slakit = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.slakit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.slakit.sla", "dev.slakit.status", "dev.slakit.testing"})
    void noOtherModuleUsesTheInternalsOf(String moduleRoot) {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(moduleRoot + "..")
                .should().dependOnClassesThat().resideInAPackage(moduleRoot + ".internal..")
                .because("internal packages are not part of the API of " + moduleRoot);
        rule.check(slakit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.slakit.sla", "dev.slakit.status", "dev.slakit.testing"})
    void everyModuleHasClassesOnTheClasspath(String moduleRoot) {
        // Guards the rule above against passing vacuously on an empty import.
        org.assertj.core.api.Assertions.assertThat(slakit.stream()
                .filter(c -> c.getPackageName().startsWith(moduleRoot))).isNotEmpty();
    }
}
