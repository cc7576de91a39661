package dev.slakit.status;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** aliyun-java-sdk-core is optional: only the adapter in dev.slakit.status.acs may refer to it. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.slakit.status");

    @Test
    void onlyTheAcsAdapterRefersToTheOfficialSdk() {
        noClasses().that().resideOutsideOfPackage("dev.slakit.status.acs..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aliyuncs..")
                .check(classes);
    }

    @Test
    void thePublicApiDoesNotDependOnTheAdapter() {
        noClasses().that().resideOutsideOfPackage("dev.slakit.status.acs..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slakit.status.acs..")
                .check(classes);
    }
}
