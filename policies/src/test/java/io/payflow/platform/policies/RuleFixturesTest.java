package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's fixtures (the same files the Rego unit tests read), evaluated through the compiled
 * Wasm that ships: a {@code fail*} case must raise the rule, a {@code pass*} case must not. Each
 * fixture is also checked against the facts schema.
 */
class RuleFixturesTest {
  private static final Path FIXTURES = Paths.locate("policies/src/test/rego/fixtures");

  /** The day fixtures are judged on, pinned so dated rules give the same answer every day. */
  static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-11-27");

  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(TODAY).build();
  }

  /** A fixture judged on another day says so in a today.txt beside it. */
  private static PolicyEngine engineFor(Path facts) throws Exception {
    Path today = facts.resolveSibling("today.txt");
    return Files.exists(today)
        ? PolicyEngine.builder()
            .today(java.time.LocalDate.parse(Files.readString(today).strip()))
            .build()
        : engine;
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(p -> p.getFileName().toString().equals("facts.json")).sorted().toList();
    }
  }

  static String ruleId(Path facts) {
    return facts
        .getParent()
        .getParent()
        .getFileName()
        .toString()
        .toUpperCase(Locale.ROOT)
        .replace('_', '-');
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureThroughTheCompiledWasm() throws IOException {
    return cases().stream()
        .map(
            facts ->
                DynamicTest.dynamicTest(
                    FIXTURES.relativize(facts.getParent()).toString(),
                    () -> {
                      String json = Files.readString(facts);
                      FactsSchema.assertValid(json, facts.toString());
                      Report report = engineFor(facts).evaluate(FactsDocument.ofJson(json));
                      String id = ruleId(facts);
                      if (facts.getParent().getFileName().toString().startsWith("fail")) {
                        assertThat(report.ruleIds()).as("rules raised").contains(id);
                      } else {
                        assertThat(report.ruleIds()).as("rules raised").doesNotContain(id);
                      }
                    }));
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixture() throws IOException {
    for (Rule rule : engine.rules()) {
      Path dir = FIXTURES.resolve(rule.id().toLowerCase(Locale.ROOT).replace('-', '_'));
      try (Stream<Path> cases = Files.list(dir)) {
        List<String> names = cases.map(p -> p.getFileName().toString()).toList();
        assertThat(names)
            .as(rule.id())
            .anyMatch(n -> n.startsWith("fail"))
            .anyMatch(n -> n.startsWith("pass"));
      }
    }
  }
}
