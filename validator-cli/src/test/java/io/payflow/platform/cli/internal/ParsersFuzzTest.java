package io.payflow.platform.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.Inputs;
import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.PolicyEvaluationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing (Jazzer) of every parser a pull request reaches: the topology loader, the
 * plan and Terraform JSON readers, the cdktf.out reader and the config loader. The property: any
 * input is read into facts that the rules evaluate, or refused with one printable line; anything
 * else (an unexpected exception, an evaluation error on adapter-made facts) is a bug.
 *
 * <p>{@code ./mvnw verify} replays the committed corpus ({@code ParsersFuzzTestInputs/}); {@code
 * .ci/run} fuzzes each target for a bounded time with {@code JAZZER_FUZZ=1}; the README has the
 * command for a long run. Crashing inputs found are committed to the corpus as regression cases.
 */
class ParsersFuzzTest {
  private static PolicyEngine engine;

  private static synchronized PolicyEngine engine() throws PolicyEvaluationException {
    if (engine == null) {
      engine = PolicyEngine.builder().build();
    }
    return engine;
  }

  @FuzzTest(maxDuration = "40s")
  void topology(byte[] data) throws Exception {
    readAndEvaluate("fuzz.yaml", data);
  }

  @FuzzTest(maxDuration = "40s")
  void plan(byte[] data) throws Exception {
    readAndEvaluate("fuzz.json", data);
  }

  @FuzzTest(maxDuration = "40s")
  void terraformJson(byte[] data) throws Exception {
    readAndEvaluate("fuzz.tf.json", data);
  }

  @FuzzTest(maxDuration = "40s")
  void cdktfOut(FuzzedDataProvider data) throws Exception {
    Path dir = Files.createTempDirectory("fuzz-cdktf");
    try {
      Files.createDirectories(dir.resolve("stacks/hub"));
      Files.writeString(dir.resolve("manifest.json"), data.consumeString(2_000));
      Files.write(dir.resolve("stacks/hub/cdk.tf.json"), data.consumeRemainingAsBytes());
      check(dir);
    } finally {
      delete(dir);
    }
  }

  @FuzzTest(maxDuration = "40s")
  void config(byte[] data) throws Exception {
    Path file = Files.createTempFile("fuzz", ".payflow.yaml");
    try {
      Files.write(file, data);
      try {
        ProjectConfigLoader.load(file);
      } catch (UserError e) {
        assertOneLine(e.getMessage());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void readAndEvaluate(String name, byte[] data) throws Exception {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path file = Files.write(dir.resolve(name), data);
      check(file);
    } finally {
      delete(dir);
    }
  }

  /** Read into facts the rules can evaluate, or refused with one printable line. */
  private static void check(Path path) throws Exception {
    Input input;
    try {
      input = Inputs.read(path, path.getFileName().toString());
    } catch (InputException e) {
      assertOneLine(e.getMessage());
      return;
    }
    engine().evaluate(input.facts());
  }

  private static void assertOneLine(String message) {
    assertThat(message).isNotBlank();
    assertThat(message.codePoints().filter(c -> c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x202e))
        .as(message)
        .isEmpty();
    assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThan(4_000);
  }

  private static void delete(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
