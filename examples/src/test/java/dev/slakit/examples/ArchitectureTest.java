package dev.slakit.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
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

    private static final String FAKE_SERVER_INTERNALS = "dev.slakit.testing.internal..";
    private static final String SIGNERS = "dev\\.slakit\\.status\\.internal\\.(RpcSignature|Acs3Signature)(\\$.*)?";

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
                .and().resideOutsideOfPackage(FAKE_SERVER_INTERNALS)
                .should().dependOnClassesThat().resideInAPackage(moduleRoot + ".internal..")
                .because("internal packages are not part of the API of " + moduleRoot);
        rule.check(slakit);
    }

    /**
     * The one exception: the fake server verifies signatures with the client's own signers, so that both sides
     * agree by construction. It may use those classes of {@code dev.slakit.status.internal} and nothing else
     * internal.
     */
    @org.junit.jupiter.api.Test
    void theFakeServerUsesOnlyTheSignersOfTheClientInternals() {
        ArchRule rule = noClasses().that().resideInAPackage(FAKE_SERVER_INTERNALS)
                .should().dependOnClassesThat(resideInAPackage("dev.slakit.status.internal..")
                        .and(not(nameMatching(SIGNERS))))
                .orShould().dependOnClassesThat().resideInAPackage("dev.slakit.sla.internal..");
        rule.check(slakit);
        org.assertj.core.api.Assertions.assertThat(slakit.stream()
                .filter(c -> c.getName().matches(SIGNERS))).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.slakit.sla", "dev.slakit.status", "dev.slakit.testing"})
    void everyModuleHasClassesOnTheClasspath(String moduleRoot) {
        // Guards the rule above against passing vacuously on an empty import.
        org.assertj.core.api.Assertions.assertThat(slakit.stream()
                .filter(c -> c.getPackageName().startsWith(moduleRoot))).isNotEmpty();
    }
}
