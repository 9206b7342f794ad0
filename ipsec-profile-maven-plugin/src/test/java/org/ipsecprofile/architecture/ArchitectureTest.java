package org.ipsecprofile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the design rests on, checked on the plugin's compiled main classes: Maven is
 * touched only by the {@code mojo} adapters, nothing depends on them, and the core packages do
 * not depend on each other in a circle. The classes in {@code architecture.breaks} (test sources)
 * break all three, to show the rules would fail the build.
 */
class ArchitectureTest {

    static final String ROOT = "org.ipsecprofile";
    static final String MOJO = "org.ipsecprofile.mojo..";

    /** Packages of Maven and of the containers it runs plugins in. */
    static final String[] MAVEN = {
        "org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.sisu..", "org.eclipse.aether..", "javax.inject.."
    };

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void onlyTheMojoPackageUsesMavenTypes() {
        Boundaries.MAVEN_ONLY_IN_MOJO.check(MAIN);
    }

    @Test
    void nothingOutsideTheMojoPackageDependsOnIt() {
        Boundaries.NOTHING_DEPENDS_ON_MOJO.check(MAIN);
    }

    @Test
    void theCorePackagesDependOnEachOtherWithoutCycles() {
        Boundaries.noCycles(ROOT).check(MAIN);
    }

    @Test
    void eachRuleCatchesABreak() {
        String breaks = ROOT + ".architecture.breaks";
        JavaClasses broken = new ClassFileImporter().importPackages(breaks);

        assertThatThrownBy(() -> Boundaries.MAVEN_ONLY_IN_MOJO.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesMaven")
                .hasMessageContaining("org.apache.maven.plugin.logging.Log");
        assertThatThrownBy(() -> Boundaries.NOTHING_DEPENDS_ON_MOJO.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.ipsecprofile.mojo.CheckMojo");
        assertThatThrownBy(() -> Boundaries.noCycles(breaks).check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    /** The rules, apart from the classes they are checked on, so a test can show they catch a break. */
    static final class Boundaries {
        static final ArchRule MAVEN_ONLY_IN_MOJO = noClasses()
                .that()
                .resideOutsideOfPackage(MOJO)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(MAVEN)
                .because("the core runs without Maven (SPEC §2): only the mojos adapt it to Maven");

        static final ArchRule NOTHING_DEPENDS_ON_MOJO = noClasses()
                .that()
                .resideOutsideOfPackage(MOJO)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(MOJO)
                .because("the mojos are adapters over the core, never a part of it");

        static ArchRule noCycles(String root) {
            return slices().matching(root + ".(*)..")
                    .should()
                    .beFreeOfCycles()
                    .because("each core package builds on others without going round in a circle");
        }

        private Boundaries() {}
    }
}
