package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** payflow cost --compare: the change between a base and a head, golden per format. */
class CostCompareTest {
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown"})
  void changeBetweenTheReferenceEstateAndTheBrokenOneMatchesItsGoldenFile(String format)
      throws Exception {
    Cli.Run run =
        Cli.run(
            "cost",
            "--compare",
            Cli.file("examples/payflow.yaml"),
            Cli.file("examples/broken.yaml"),
            "--format",
            format,
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).as(run.err()).isZero();
    Path golden =
        Cli.ROOT.resolve("validator-cli/src/test/resources/golden/cost-compare." + format + ".txt");
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(golden, run.out());
    }
    assertThat(run.out()).isEqualTo(Files.readString(golden));
  }
}
