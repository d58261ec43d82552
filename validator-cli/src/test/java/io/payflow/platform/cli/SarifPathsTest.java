package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF locations GitHub can map: relative to the repository root, however the path was typed. */
class SarifPathsTest {
  private static JsonNode sarif(String path, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("validate", path, "--format", "sarif"));
    args.addAll(List.of(extra));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void locationsAreRelativeToTheRootAndFingerprintsDoNotDependOnTyping() throws Exception {
    JsonNode relative = sarif(Cli.file("examples/broken.yaml"));
    JsonNode absolute = sarif(Cli.ROOT.resolve("examples/broken.yaml").toString());
    JsonNode first = relative.at("/runs/0/results/0");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("examples/broken.yaml");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
    assertThat(relative.at("/runs/0/results").findValuesAsText("payflowFinding/v1"))
        .isEqualTo(absolute.at("/runs/0/results").findValuesAsText("payflowFinding/v1"));
  }

  @Test
  void anExplicitRootWins() throws Exception {
    JsonNode run =
        sarif(Cli.file("examples/broken.yaml"), "--root", Cli.ROOT.resolve("examples").toString());
    assertThat(
            run.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("broken.yaml");
  }
}
