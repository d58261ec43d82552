package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.PolicyEngine.Execution;
import java.io.IOException;
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
    return EngineFixtures.each(PrecompiledPolicyTest::agree).stream();
  }

  private static void agree(FactsDocument facts) throws PolicyEvaluationException {
    Report expected = compiledAtLoad.evaluate(facts);
    assertThat(precompiled.evaluate(facts)).isEqualTo(expected);
  }
}
