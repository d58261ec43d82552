package io.payflow.platform.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's module table, stated in code. */
class ArchitectureTest {
  private static final String MODEL = "io.payflow.platform.topology..";
  private static final String POLICIES = "io.payflow.platform.policies..";
  private static final String IAC = "io.payflow.platform.iac..";
  private static final String CLI = "io.payflow.platform.cli..";

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.payflow.platform");
  }

  @Test
  void topologyModelDependsOnNothingOfOursAndOnNoFrameworkButJackson() {
    noClasses()
        .that()
        .resideInAPackage(MODEL)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            POLICIES,
            IAC,
            CLI,
            "com.hashicorp..",
            "software.constructs..",
            "software.amazon.jsii..",
            "com.styra..",
            "com.dylibso..",
            "picocli..")
        .check(classes);
  }

  @Test
  void policiesNeverSeeIacOrTheCli() {
    noClasses()
        .that()
        .resideInAPackage(POLICIES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(IAC, CLI, "com.hashicorp..", "software.constructs..", "picocli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void iacNeverSeesPoliciesOrTheCliOrOpa() {
    noClasses()
        .that()
        .resideInAPackage(IAC)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(POLICIES, CLI, "com.styra..", "picocli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void cdktfStaysInsideIac() {
    noClasses()
        .that()
        .resideOutsideOfPackage(IAC)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.hashicorp..", "software.constructs..", "software.amazon.jsii..")
        .check(classes);
  }

  @Test
  void onlyTheSynthRunnerReachesIac() {
    noClasses()
        .that()
        .resideInAPackage(CLI)
        .and()
        .doNotHaveSimpleName("SynthRunner")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(IAC)
        .check(classes);
  }

  @Test
  void opaWasmStaysInsidePolicies() {
    noClasses()
        .that()
        .resideOutsideOfPackage(POLICIES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.styra..", "com.dylibso..")
        .check(classes);
  }

  @Test
  void internalsAreNotUsedAcrossModules() {
    for (String module : new String[] {"topology", "policies", "iac", "cli"}) {
      String base = "io.payflow.platform." + module;
      noClasses()
          .that()
          .resideOutsideOfPackage(base + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(base + ".internal..")
          .because(module + " internals are private to the module")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /**
   * The CLI is a thin layer over the gate's public API: commands reach validation only through
   * {@code Gate}, and the API a library user sees never touches picocli.
   */
  @Test
  void commandsValidateOnlyThroughTheGate() {
    noClasses()
        .that()
        .resideInAPackage("io.payflow.platform.cli.internal")
        .and()
        .haveSimpleNameEndingWith("Command")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.payflow.platform.cli.internal.Validation")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.payflow.platform.policies.PolicyEngine$Builder")
        .check(classes);
  }

  @Test
  void theGateApiNeverTouchesPicocli() {
    noClasses()
        .that()
        .resideInAPackage("io.payflow.platform.cli")
        .and()
        .doNotHaveSimpleName("Payflow")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching("io.payflow.platform.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** An API package and its internals call each other by design; internal packages must not. */
  @Test
  void noCyclesBetweenInternalPackages() {
    slices()
        .matching("io.payflow.platform.*.internal.(**)")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }
}
