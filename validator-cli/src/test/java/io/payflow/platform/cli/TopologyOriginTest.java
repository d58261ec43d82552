package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Findings on a plan made from a synthesized stack point at the topology line that produced the
 * resource (the stacks carry it as source tags), with the plan kept as where it was found; when the
 * topology cannot be found or the tag is not one the synthesizer writes, they stay on the plan.
 */
class TopologyOriginTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path plan;

  @BeforeAll
  static void synthesizeBrokenAndPlanProduction() throws Exception {
    Path out = dir.resolve("cdktf.out");
    Cli.Run synth =
        Cli.run(
            "synth", Cli.ROOT.resolve("examples/broken.yaml").toString(), "--out", out.toString());
    assertThat(synth.exit()).as(synth.err()).isZero();
    // jsii's shutdown hook stops Node.js and removes its temporary files: the CLI ends through
    // System.exit after synthesis, not Runtime.halt.
    assertThat(io.payflow.platform.cli.internal.ShutdownHooks.expected()).isTrue();
    JsonNode stack = JSON.readTree(out.resolve("stacks/production/cdk.tf.json").toFile());
    assertThat(stack.at("/provider/aws/0/default_tags/0/tags/payflow:topology").asText())
        .isEqualTo("examples/broken.yaml");
    assertThat(stack.at("/resource/aws_eks_cluster/eks/tags/payflow:source").asText())
        .isEqualTo("environments.1.eks");
    // Under the module's target/, typed relative: the renderers' golden files stay the same.
    plan = Path.of("target/topology-origin/production.plan.json");
    Files.createDirectories(plan.getParent());
    Files.writeString(plan, PlanFromStack.generate(stack));
  }

  private static JsonNode findings(Path input, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("validate", input.toString(), "--format", "json", "--fail-on", "none"));
    args.addAll(List.of(extra));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(run.out()).path("findings");
  }

  private static JsonNode only(JsonNode findings, String rule) {
    List<JsonNode> matching = new ArrayList<>();
    findings.forEach(f -> matching.add(f));
    matching.removeIf(f -> !f.path("rule_id").asText().equals(rule));
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  /** Where validating the topology itself reports the production cluster's public endpoint. */
  private static int topologyLine(String rule) throws Exception {
    return only(findings(Cli.ROOT.resolve("examples/broken.yaml")), rule).path("line").asInt();
  }

  @Test
  void aPlanFindingPointsAtTheTopologyLineAndSaysWhereItWasFound() throws Exception {
    JsonNode findings = findings(plan, "--root", Cli.ROOT.toString());
    JsonNode eks = only(findings, "PF-EKS-001");
    assertThat(eks.path("file").asText()).endsWith("examples/broken.yaml");
    assertThat(eks.path("line").asInt()).isEqualTo(topologyLine("PF-EKS-001")).isPositive();
    assertThat(eks.at("/found_in/file").asText()).isEqualTo(plan.toString());
    assertThat(eks.at("/found_in/line").asInt()).isPositive();
    JsonNode password = only(findings, "PF-SEC-001");
    // A plan knows the element (the database), not the attribute the topology finding names.
    var topology = Cli.ROOT.resolve("examples/broken.yaml");
    int database =
        io.payflow.platform.policies.Inputs.read(topology, topology.toString())
            .locate("environments[1].databases[0]")
            .orElseThrow()
            .line();
    assertThat(password.path("line").asInt()).isEqualTo(database);
  }

  @Test
  void sarifShowsTheTopologyLineWithThePlanAsARelatedLocation() throws Exception {
    Cli.Run run =
        Cli.run(
            "validate",
            plan.toString(),
            "--format",
            "sarif",
            "--fail-on",
            "none",
            "--root",
            Cli.ROOT.toString());
    JsonNode result = null;
    for (JsonNode r : JSON.readTree(run.out()).at("/runs/0/results")) {
      if (r.path("ruleId").asText().equals("PF-EKS-001")) {
        result = r;
      }
    }
    assertThat(result).isNotNull();
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("examples/broken.yaml");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
    assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("validator-cli/target/topology-origin/production.plan.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github", "markdown"})
  void everyFormatShowsBothPlaces(String format) throws Exception {
    Cli.Run run =
        Cli.run(
            "validate",
            plan.toString(),
            "--format",
            format,
            "--no-color",
            "--root",
            Cli.ROOT.toString(),
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    Path golden =
        Cli.ROOT.resolve(
            "validator-cli/src/test/resources/golden/synthesized-plan." + format + ".txt");
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(golden, run.out());
    }
    assertThat(run.out()).isEqualTo(Files.readString(golden));
  }

  @Test
  void withoutTheTopologyTheFindingStaysOnThePlan() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    JsonNode eks = only(findings(plan, "--root", elsewhere.toString()), "PF-EKS-001");
    assertThat(eks.path("file").asText()).isEqualTo(plan.toString());
    assertThat(eks.has("found_in")).isFalse();
  }

  @Test
  void aTagTheSynthesizerDoesNotWriteIsIgnored() throws Exception {
    for (String file : List.of("../../etc/passwd", "/etc/passwd", "examples/../../x.yaml")) {
      Path tampered = dir.resolve("tampered.plan.json");
      Files.writeString(
          tampered,
          Files.readString(plan)
              .replace("\"examples/broken.yaml\"", JSON.writeValueAsString(file)));
      JsonNode eks = only(findings(tampered, "--root", Cli.ROOT.toString()), "PF-EKS-001");
      assertThat(eks.path("file").asText()).as(file).isEqualTo(tampered.toString());
    }
    Path otherElement = dir.resolve("element.plan.json");
    Files.writeString(
        otherElement,
        Files.readString(plan).replace("\"environments.1.eks\"", "\"environments[1].eks\""));
    JsonNode eks = only(findings(otherElement, "--root", Cli.ROOT.toString()), "PF-EKS-001");
    assertThat(eks.path("file").asText()).isEqualTo(otherElement.toString());
  }
}
