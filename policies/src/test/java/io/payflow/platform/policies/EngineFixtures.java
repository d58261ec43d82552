package io.payflow.platform.policies;

import io.payflow.platform.topology.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The documents two ways of evaluating are compared on: every rule fixture (facts JSON, as the Rego
 * tests read them) and both example topologies (typed facts, as the CLI builds them).
 */
final class EngineFixtures {
  /** One comparison on one document. */
  interface Check {
    void on(FactsDocument facts) throws Exception;
  }

  private EngineFixtures() {}

  static List<DynamicTest> each(Check check) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Paths.locate("policies/src/test/rego/fixtures"))) {
      for (Path facts : files.filter(p -> p.endsWith("facts.json")).sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                facts.getParent().getParent().getFileName() + "/" + facts.getParent().getFileName(),
                () -> check.on(FactsDocument.ofJson(Files.readString(facts)))));
      }
    }
    for (String example : List.of("examples/payflow.yaml", "examples/broken.yaml")) {
      tests.add(
          DynamicTest.dynamicTest(
              example, () -> check.on(ModelFacts.of(TopologyLoader.load(Paths.locate(example))))));
    }
    return tests;
  }
}
