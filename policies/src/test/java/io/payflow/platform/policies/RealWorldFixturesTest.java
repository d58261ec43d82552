package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real plan and CDKTF file from public projects (shared/fixtures/real-world, sources in its
 * SOURCES.md) is read without error, its facts match a golden file and the schema, and it raises
 * the findings its SOURCES.md entry describes. Update the goldens with {@code ./mvnw -pl policies
 * test -Dpayflow.updateGolden=true}.
 */
class RealWorldFixturesTest {
  /**
   * shared/ stands beside the checkout (as in CI); the files are not copied into the repository.
   */
  private static final Path FIXTURES = sharedFixtures();

  private static final Path GOLDEN = Paths.locate("policies/src/test/resources/real-world-golden");
  private static PolicyEngine engine;

  /** What each file contains, per SOURCES.md: rule id to number of findings. */
  private static final Map<String, Map<String, Integer>> EXPECTED =
      Map.ofEntries(
          Map.entry(
              "checkov__plan_nested_child_modules__tfplan.json",
              Map.of("PF-EKS-001", 3, "PF-EKS-002", 3, "PF-EKS-003", 3)),
          Map.entry(
              "terracost__testdata-aws__eks-plan.json",
              Map.of("PF-EKS-001", 1, "PF-EKS-002", 1, "PF-EKS-003", 1)),
          Map.entry("infracost__testdata__terraform_v0.14_plan.json", Map.of("PF-SEC-001", 2)),
          Map.entry("policy-engine__tfplan-sensitive__plan.json", Map.of("PF-SEC-001", 1)),
          Map.entry("regula__resource_view_06_tf_v1_0__infra.json", Map.of("PF-NET-001", 6)),
          Map.entry("checkov__lock__fail.cdk.tf.json", Map.of("PF-STATE-002", 1)),
          Map.entry("ec2RuntimeMonitor__root__cdk.tf.json", Map.of("PF-NET-007", 2)),
          Map.entry("terraform-compliance__test_issue-249__plan.out.json", Map.of("PF-NET-007", 3)),
          Map.entry("checkov__example_SecretManagerSecretEncrypted__tfplan.json", Map.of()),
          Map.entry("checkov__terraform_json-examples__cdk.tf.json", Map.of()),
          Map.entry("multi-cloud-k8s-boilerplate__stacks-playground__cdk.tf.json", Map.of()),
          Map.entry("regula__cdktf.out__posts-dev.tf.json", Map.of()),
          Map.entry("terracost__examples__tfstate-json.json", Map.of()),
          Map.entry("terraform-compliance__actions_for_each_and_modules__plan.out.json", Map.of()),
          Map.entry("terraform-compliance__test_issue-158__plan.out.json", Map.of()),
          Map.entry("trivy-checks__examples-terraform-plan__tfplan.json", Map.of()));

  /** Clear-text secrets these public files contain; none may reach facts or findings. */
  private static final List<String> SECRETS = List.of("YourPwdShouldBeLongAndSecure!", "foobarbaz");

  private static Path sharedFixtures() {
    Path root = Paths.locate("examples/payflow.yaml").getParent().getParent();
    Path fixtures = root.resolveSibling("shared").resolve("fixtures/real-world");
    if (!Files.isDirectory(fixtures)) {
      throw new IllegalStateException(
          "real-world fixtures not found at "
              + fixtures
              + ": this test reads ../shared/fixtures/real-world beside the checkout");
    }
    return fixtures;
  }

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().build();
  }

  private static List<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyFixtureHasAnExpectation() throws Exception {
    assertThat(files())
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @TestFactory
  Stream<DynamicTest> readsEveryFileIntoGoldenFactsAndExpectedFindings() throws Exception {
    return files().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String name = file.getFileName().toString();
                      Input input = Inputs.read(file, name);
                      String facts = input.facts().json();
                      FactsSchema.assertValid(facts, name);
                      Path golden = GOLDEN.resolve(name.replace(".json", ".facts.json"));
                      if (Boolean.getBoolean("payflow.updateGolden")) {
                        Files.writeString(golden, facts);
                      }
                      assertThat(facts).isEqualTo(Files.readString(golden));
                      Report report = engine.evaluate(input.facts());
                      Map<String, Integer> counts =
                          new TreeMap<>(
                              report.findings().stream()
                                  .collect(
                                      Collectors.groupingBy(
                                          Finding::ruleId, Collectors.summingInt(f -> 1))));
                      assertThat(counts).as(name).isEqualTo(new TreeMap<>(EXPECTED.get(name)));
                      for (String secret : SECRETS) {
                        assertThat(facts).doesNotContain(secret);
                        assertThat(report.findings())
                            .allSatisfy(f -> assertThat(f.toString()).doesNotContain(secret));
                      }
                    }));
  }
}
