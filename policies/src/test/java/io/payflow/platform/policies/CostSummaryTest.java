package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The budget rules read the cost summary, not the lines: it is derived from the lines wherever
 * facts are made or given, so no document can carry totals that disagree with its lines.
 */
class CostSummaryTest {
  private static final Path OVER_BUDGET =
      Paths.locate("policies/src/test/rego/fixtures/pf_cost_002/fail/facts.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lines as {@code environment=usd} ({@code -} for no price, {@code _} for no environment). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no lines | '' | 0 | '' | 0",
        "priced lines of two environments | hub=60;production=45.25 | 105.25 | hub=60;production=45.25 | 0",
        "exact decimals, not doubles | hub=0.1;hub=0.2 | 0.3 | hub=0.3 | 0",
        "an unpriced line counts 0 and is named | hub=10;hub=- | 10 | hub=10 | 1",
        "an environment of unpriced lines only is there with 0 | hub=10;dev=- | 10 | dev=0;hub=10 | 1",
        "a line without an environment counts for the estate only | hub=10;_=5 | 15 | hub=10 | 0",
      })
  void derivedFromTheLines(
      String name, String lines, String total, String environments, int unpriced) {
    Facts.CostSummary summary = Facts.CostSummary.of(costs(lines));
    assertThat(summary.monthlyUsd()).isEqualByComparingTo(total);
    Map<String, String> byEnvironment = new TreeMap<>();
    summary.environments().forEach((env, usd) -> byEnvironment.put(env, usd.toPlainString()));
    assertThat(byEnvironment).isEqualTo(parse(environments));
    assertThat(summary.unpriced()).hasSize(unpriced);
    assertThat(summary.unpriced()).allSatisfy(c -> assertThat(c.monthlyUsd()).isNull());
  }

  @Test
  void typedFactsReplaceASummaryGivenToThem() throws Exception {
    Facts f =
        ModelFacts.of(
                io.payflow.platform.topology.TopologyLoader.load(
                    Paths.locate("examples/payflow.yaml")))
            .facts();
    assertThat(f.costs()).isNotEmpty();
    Facts.CostSummary lie = new Facts.CostSummary(BigDecimal.ZERO, new TreeMap<>(), List.of());
    Facts given =
        new Facts(
            f.schemaVersion(),
            f.source(),
            f.organisation(),
            f.environments(),
            f.networks(),
            f.peerings(),
            f.endpoints(),
            f.eksClusters(),
            f.nodeGroups(),
            f.databases(),
            f.caches(),
            f.credentials(),
            f.ingressRules(),
            f.costs(),
            lie,
            f.unresolved(),
            f.names(),
            f.routeTables(),
            f.routes(),
            f.bastions(),
            f.subnetGroups());
    assertThat(given.costSummary()).isEqualTo(Facts.CostSummary.of(f.costs()));
    assertThat(given.costSummary().monthlyUsd()).isPositive();
    assertThat(
            JSON.readTree(FactsDocument.of(given).json())
                .at("/cost_summary/monthly_usd")
                .decimalValue())
        .isEqualByComparingTo(given.costSummary().monthlyUsd());
  }

  @Test
  void aDocumentGivenAsJsonIsJudgedByItsLinesNotByTheTotalsItClaims() throws Exception {
    ObjectNode lying = (ObjectNode) JSON.readTree(Files.readString(OVER_BUDGET));
    ObjectNode claimed = lying.putObject("cost_summary").put("monthly_usd", 0);
    claimed.putObject("environments");
    claimed.putArray("unpriced");
    Report report =
        PolicyEngine.builder()
            .build()
            .evaluate(FactsDocument.ofJson(JSON.writeValueAsString(lying)));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("PF-COST-002"))
        .extracting(Finding::message)
        .containsExactly(
            "the estate costs an estimated 105.25 USD/month, over the organisation budget of 100.00 USD");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a price as text | /costs/0/monthly_usd | \"60\"",
        "an environment as a number | /costs/0/environment | 1",
        "a line that is not an object | /costs/0 | 60",
        "costs that are not a list | /costs | {}",
      })
  void aCostLineOfTheWrongShapeFailsTheEvaluation(String name, String pointer, String value)
      throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(OVER_BUDGET));
    int slash = pointer.lastIndexOf('/');
    var parent = document.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent)
          .set(Integer.parseInt(key), JSON.readTree(value));
    } else {
      ((ObjectNode) parent).set(key, JSON.readTree(value));
    }
    PolicyEngine engine = PolicyEngine.builder().build();
    assertThatThrownBy(
            () -> engine.evaluate(FactsDocument.ofJson(JSON.writeValueAsString(document))))
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessageStartingWith("facts document does not match facts.schema.json: costs");
  }

  private static List<Facts.Cost> costs(String lines) {
    List<Facts.Cost> costs = new ArrayList<>();
    for (String line : lines.isEmpty() ? new String[0] : lines.split(";")) {
      String[] kv = line.split("=");
      costs.add(
          new Facts.Cost(
              "cost." + costs.size(),
              kv[0].equals("_") ? null : kv[0],
              null,
              "line",
              "key",
              kv[1].equals("-") ? null : new BigDecimal(kv[1])));
    }
    return costs;
  }

  private static Map<String, String> parse(String pairs) {
    Map<String, String> out = new TreeMap<>();
    for (String pair : pairs.isEmpty() ? new String[0] : pairs.split(";")) {
      String[] kv = pair.split("=");
      out.put(kv[0], kv[1]);
    }
    return out;
  }
}
