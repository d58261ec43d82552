package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.internal.FactsJson;
import io.payflow.platform.policies.internal.FactsSections;
import io.payflow.platform.policies.internal.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A large document's rules are evaluated in parts, each given only the sections its rules read
 * (derived from the Rego by the policy build). A part given less than its rules read would pass
 * silently: so every rule fixture, both example topologies and the real-world plans' facts are
 * evaluated whole and in parts, and the findings must be the same, one by one.
 */
class EvaluationInPartsTest {
  private static PolicyEngine whole;
  private static PolicyEngine inParts;

  @BeforeAll
  static void loadEngines() throws PolicyEvaluationException {
    whole = PolicyEngine.builder().today(RuleFixturesTest.TODAY).inParts(false).build();
    inParts = PolicyEngine.builder().today(RuleFixturesTest.TODAY).partsFrom(0).build();
  }

  @TestFactory
  Stream<DynamicTest> partsFindWhatTheWholeFinds() throws IOException {
    List<DynamicTest> tests = new ArrayList<>(EngineFixtures.each(EvaluationInPartsTest::agree));
    try (Stream<Path> files =
        Files.list(Paths.locate("policies/src/test/resources/real-world-golden"))) {
      for (Path facts : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                "real-world/" + facts.getFileName(),
                () -> {
                  String json = Files.readString(facts);
                  agree(FactsDocument.ofJson(json));
                  agree(FactsDocument.of(FactsJson.read(json)));
                }));
      }
    }
    return tests.stream();
  }

  private static void agree(FactsDocument facts) throws PolicyEvaluationException {
    Report expected = whole.evaluate(facts);
    assertThat(inParts.evaluate(facts).findings()).isEqualTo(expected.findings());
  }

  @Test
  void everyRuleIsInOnePartAndEveryPartReadsKnownSections() throws Exception {
    List<RuleCatalog.Part> parts = RuleCatalog.builtIn().parts();
    assertThat(parts)
        .extracting(RuleCatalog.Part::entrypoint)
        .containsExactly("payflow/main/violations_part_one", "payflow/main/violations_part_two");
    List<String> known = new ArrayList<>(FactsSections.names());
    known.add(FactsSections.ALL);
    for (RuleCatalog.Part part : parts) {
      assertThat(known).as(part.entrypoint()).containsAll(part.sections());
    }
    // Part one is given the cost summary, part two is not: the point of the parts. Neither is given
    // the cost lines, which no bundled rule reads (they were half of a large plan's facts).
    assertThat(parts.get(0).sections()).contains("cost_summary").doesNotContain("costs");
    assertThat(parts.get(1).sections()).doesNotContain("cost_summary", "costs", FactsSections.ALL);
  }
}
