package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.topology.TopologyLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled examples through the model adapter and the compiled rules. */
class ExamplesTest {
  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  private static FactsDocument facts(String example) throws Exception {
    return ModelFacts.of(TopologyLoader.load(Paths.locate("examples/" + example)));
  }

  @Test
  void referenceTopologyHasNoFinding() throws Exception {
    FactsDocument facts = facts("payflow.yaml");
    FactsSchema.assertValid(facts.json(), "payflow.yaml facts");
    assertThat(engine.evaluate(facts).findings()).isEmpty();
  }

  @Test
  void brokenTopologyHasExactlyItsPlantedDefects() throws Exception {
    FactsDocument facts = facts("broken.yaml");
    FactsSchema.assertValid(facts.json(), "broken.yaml facts");
    Report report = engine.evaluate(facts);
    assertThat(report.ruleIds())
        .containsExactly(
            "PF-APPLY-001",
            "PF-COST-001",
            "PF-EKS-001",
            "PF-EKS-004",
            "PF-NET-001",
            "PF-NET-008",
            "PF-NET-009",
            "PF-RDS-001",
            "PF-SEC-001",
            "PF-SEC-003",
            "PF-STATE-001");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("PF-NET-001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(f.message())
                  .isEqualTo(
                      "VPC hub.vpc (10.0.0.0/16) overlaps VPC development.vpc (10.0.128.0/17); they are peered");
            });
  }

  @Test
  void theLiteralPasswordIsInNoFindingAndNotInTheFacts() throws Exception {
    FactsDocument facts = facts("broken.yaml");
    assertThat(facts.json()).doesNotContain("Pr0d-Db-Passw0rd!");
    assertThat(engine.evaluate(facts).findings())
        .allSatisfy(
            f -> {
              assertThat(f.message()).doesNotContain("Pr0d-Db-Passw0rd!");
              assertThat(f.toString()).doesNotContain("Pr0d-Db-Passw0rd!");
            });
  }

  @Test
  void findingsAreSortedAndRepeatable() throws Exception {
    Report first = engine.evaluate(facts("broken.yaml"));
    Report second = engine.evaluate(facts("broken.yaml"));
    assertThat(second).isEqualTo(first);
    assertThat(first.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(first.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
  }
}
