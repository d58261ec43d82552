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

  /** examples/broken.findings: the rules broken.yaml must raise, listed once for every test. */
  static java.util.List<String> planted() throws java.io.IOException {
    return java.nio.file.Files.readAllLines(Paths.locate("examples/broken.findings")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void brokenTopologyHasExactlyItsPlantedDefects() throws Exception {
    FactsDocument facts = facts("broken.yaml");
    FactsSchema.assertValid(facts.json(), "broken.yaml facts");
    Report report = engine.evaluate(facts);
    assertThat(report.ruleIds()).containsExactlyElementsOf(planted());
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
