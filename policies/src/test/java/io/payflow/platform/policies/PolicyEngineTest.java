package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyEngineTest {
  private static final Path BUNDLES = Paths.locate("policies/src/test/resources/user-bundles");
  private static final Path HA_FAIL =
      Paths.locate("policies/src/test/rego/fixtures/pf_ha_001/fail/facts.json");

  @Test
  void interpreterAndCompilerAgree() throws Exception {
    FactsDocument facts = FactsDocument.ofJson(Files.readString(HA_FAIL));
    Report compiled = PolicyEngine.builder().compiler(true).build().evaluate(facts);
    Report interpreted = PolicyEngine.builder().compiler(false).build().evaluate(facts);
    assertThat(interpreted).isEqualTo(compiled);
    assertThat(compiled.ruleIds()).contains("PF-HA-001");
  }

  @Test
  void settingsFromConfigReachTheRules() throws Exception {
    FactsDocument facts =
        FactsDocument.ofJson(
            Files.readString(
                Paths.locate(
                    "policies/src/test/rego/fixtures/pf_ha_001/pass_development_single_az/facts.json")));
    assertThat(PolicyEngine.builder().build().evaluate(facts).ruleIds())
        .doesNotContain("PF-HA-001");
    Report strict =
        PolicyEngine.builder().config(Map.of("min_production_azs", 3)).build().evaluate(facts);
    assertThat(strict.findings())
        .filteredOn(f -> f.ruleId().equals("PF-HA-001"))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "production node group production.eks.node_groups.workloads spans 2 zone(s), fewer than 3");
  }

  @Test
  void userBundleIsEvaluatedBesideTheBuiltInRules() throws Exception {
    String json =
        Files.readString(HA_FAIL).replace("\"engine\": \"postgres\"", "\"engine\": \"mysql\"");
    Report report =
        PolicyEngine.builder()
            .userBundle(BUNDLES.resolve("custom.tar.gz"))
            .build()
            .evaluate(FactsDocument.ofJson(json));
    assertThat(report.ruleIds()).contains("ACME-DB-001", "PF-HA-001");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("ACME-DB-001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message())
                  .isEqualTo(
                      "database production.databases.payflow uses mysql; ACME runs PostgreSQL only");
            });
  }

  @Test
  void userBundleOfTheWrongShapeFailsInsteadOfPassing() throws Exception {
    PolicyEngine engine =
        PolicyEngine.builder().userBundle(BUNDLES.resolve("wrong-shape.tar.gz")).build();
    assertThatThrownBy(() -> engine.evaluate(FactsDocument.ofJson(Files.readString(HA_FAIL))))
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessageContaining("entrypoint result is not a set of violations");
  }

  @Test
  void missingOrForeignBundleIsNamed(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> PolicyEngine.builder().userBundle(dir.resolve("none.tar.gz")).build())
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessage("policy bundle " + dir.resolve("none.tar.gz") + ": file not found");
    Path text = Files.writeString(dir.resolve("rules.rego"), "package x");
    assertThatThrownBy(() -> PolicyEngine.builder().userBundle(text).build())
        .hasMessage(
            text
                + ": not a policy bundle (expected `opa build -t wasm` output: a .tar.gz or a .wasm)");
  }

  @Test
  void malformedFactsFailTheEvaluation() throws Exception {
    PolicyEngine engine = PolicyEngine.builder().build();
    assertThatThrownBy(() -> engine.evaluate(FactsDocument.ofJson("{not json")))
        .isInstanceOf(PolicyEvaluationException.class);
  }

  @Test
  void severitiesAreOrderedMostSevereFirst() {
    assertThat(Severity.CRITICAL.atLeast(Severity.HIGH)).isTrue();
    assertThat(Severity.MEDIUM.atLeast(Severity.HIGH)).isFalse();
    assertThat(Severity.parse("High")).isEqualTo(Severity.HIGH);
    assertThatThrownBy(() -> Severity.parse("urgent"))
        .hasMessage(
            "'urgent' is not a severity (expected one of [critical, high, medium, low, info])");
  }

  /**
   * An evaluation that does not finish in time is a failure, never a pass (exit 3), however the
   * policy runs.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(PolicyEngine.Execution.class)
  void anEvaluationPastItsTimeBoundFailsClosed(PolicyEngine.Execution execution) throws Exception {
    PolicyEngine slow =
        PolicyEngine.builder().execution(execution).timeout(java.time.Duration.ofMillis(1)).build();
    assertThatThrownBy(
            () -> slow.evaluate(io.payflow.platform.policies.bench.GeneratedFacts.of(5_000)))
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessageContaining("policy evaluation did not finish within 0.001 s");
  }
}
