package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog read from METADATA: complete, unique, and the one DESIGN.md names. */
class RuleCatalogTest {
  private static final Path REGO = Paths.locate("policies/src/main/rego");
  private static List<Rule> rules;

  @BeforeAll
  static void load() throws PolicyEvaluationException {
    rules = PolicyEngine.builder().build().rules();
  }

  @Test
  void catalogIsExactlyTheDesignedRules() {
    assertThat(rules)
        .extracting(Rule::id)
        .containsExactly(
            "PF-APPLY-001",
            "PF-APPLY-002",
            "PF-APPLY-003",
            "PF-APPLY-004",
            "PF-CACHE-001",
            "PF-CAT-001",
            "PF-COST-001",
            "PF-COST-002",
            "PF-COST-003",
            "PF-DEP-001",
            "PF-EKS-001",
            "PF-EKS-002",
            "PF-EKS-003",
            "PF-EKS-004",
            "PF-EKS-005",
            "PF-EKS-006",
            "PF-EKS-007",
            "PF-EKS-008",
            "PF-EKS-009",
            "PF-HA-001",
            "PF-HA-002",
            "PF-INPUT-001",
            "PF-NET-001",
            "PF-NET-002",
            "PF-NET-003",
            "PF-NET-004",
            "PF-NET-005",
            "PF-NET-006",
            "PF-NET-007",
            "PF-NET-008",
            "PF-NET-009",
            "PF-NET-010",
            "PF-NET-011",
            "PF-NET-012",
            "PF-NET-013",
            "PF-NET-014",
            "PF-NET-015",
            "PF-RDS-001",
            "PF-SEC-001",
            "PF-SEC-002",
            "PF-SEC-003",
            "PF-SEC-004",
            "PF-SEC-005",
            "PF-STATE-001",
            "PF-STATE-002");
  }

  @Test
  void metadataIsCompleteForEveryRule() {
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat(rule.id()).matches("PF-[A-Z]+-\\d{3}");
              assertThat(rule.title()).isNotBlank();
              assertThat(rule.description()).isNotBlank();
              assertThat(rule.remediation()).isNotBlank();
              assertThat(rule.references())
                  .isNotEmpty()
                  .allSatisfy(ref -> assertThat(ref).startsWith("https://"));
            });
  }

  @Test
  void eachRuleLivesInAFileNamedAfterItsIdWithItsTestsBeside() {
    for (Rule rule : rules) {
      String file = rule.id().toLowerCase(Locale.ROOT).replace('-', '_');
      assertThat(rule.source()).isEqualTo("payflow/rules/" + file + ".rego");
      assertThat(Files.exists(REGO.resolve("payflow/rules/" + file + "_test.rego")))
          .as(file + "_test.rego")
          .isTrue();
    }
  }

  @Test
  void ruleIdsAreUnique() {
    assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleFileIsInTheCatalog() throws Exception {
    try (var files = Files.list(REGO.resolve("payflow/rules"))) {
      long sources = files.filter(p -> !p.toString().endsWith("_test.rego")).count();
      assertThat(sources).isEqualTo(rules.size());
    }
  }
}
