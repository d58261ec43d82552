package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.PolicyEngine.Execution;
import io.payflow.platform.topology.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled policy compiled at build time, run by the project's own OPA ABI host, gives exactly
 * the findings (ids, messages, addresses) that opa-java-wasm gives compiling the same Wasm at load:
 * over every rule fixture and both example topologies.
 */
class PrecompiledPolicyTest {
  private static PolicyEngine precompiled;
  private static PolicyEngine compiledAtLoad;

  @BeforeAll
  static void loadEngines() throws PolicyEvaluationException {
    precompiled =
        PolicyEngine.builder()
            .today(RuleFixturesTest.TODAY)
            .execution(Execution.PRECOMPILED)
            .build();
    compiledAtLoad =
        PolicyEngine.builder().today(RuleFixturesTest.TODAY).execution(Execution.COMPILED).build();
  }

  @TestFactory
  Stream<DynamicTest> bothHostsFindTheSame() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Paths.locate("policies/src/test/rego/fixtures"))) {
      for (Path facts : files.filter(p -> p.endsWith("facts.json")).sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                facts.getParent().getParent().getFileName() + "/" + facts.getParent().getFileName(),
                () -> agree(FactsDocument.ofJson(Files.readString(facts)))));
      }
    }
    for (String example : List.of("examples/payflow.yaml", "examples/broken.yaml")) {
      tests.add(
          DynamicTest.dynamicTest(
              example, () -> agree(ModelFacts.of(TopologyLoader.load(Paths.locate(example))))));
    }
    return tests.stream();
  }

  private static void agree(FactsDocument facts) throws PolicyEvaluationException {
    Report expected = compiledAtLoad.evaluate(facts);
    assertThat(precompiled.evaluate(facts)).isEqualTo(expected);
  }
}
