package dev.slakit.sla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** sla-core ships with zero runtime dependencies: its classes use nothing but java.* and themselves. */
class ArchitectureTest {

    @Test
    void slaCoreDependsOnlyOnTheJdk() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.slakit.sla");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.slakit.sla..")
                .check(classes);
    }
}
