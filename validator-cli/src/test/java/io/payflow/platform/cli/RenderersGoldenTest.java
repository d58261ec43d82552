package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format over the broken example, byte for byte. Update with {@code ./mvnw -pl validator-cli
 * test -Dpayflow.updateGolden=true} and review the diff.
 */
class RenderersGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "markdown", "html"})
  void formatMatchesItsGoldenFile(String format) throws Exception {
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/broken.yaml"),
            "--format",
            format,
            "--no-color",
            "--today",
            "2026-11-27",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).isEqualTo(1);
    Path golden =
        Cli.ROOT.resolve("validator-cli/src/test/resources/golden/broken." + format + ".txt");
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(golden, run.out());
    }
    assertThat(run.out()).isEqualTo(Files.readString(golden));
    assertThat(run.out()).doesNotContain("Pr0d-Db-Passw0rd!");
  }
}
