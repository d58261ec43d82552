package io.payflow.platform.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without Node.js the synthesizer says so in one line instead of a jsii stack trace. */
class NodeMissingTest {
  @Test
  void missingNodeIsOneClearLine() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                SynthMain.class.getName(),
                root().resolve("examples/payflow.yaml").toString(),
                "unused-out"));
    builder.environment().put("PATH", "/nonexistent");
    builder.environment().remove("JSII_NODE");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(output)
        .isEqualTo(
            "payflow synth: error: Node.js was not found on PATH; CDKTF's jsii runtime needs it (install Node.js 18 or newer, or set JSII_NODE)\n");
  }

  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (dir.resolve("examples/payflow.yaml").toFile().exists()) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}
