package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import java.nio.charset.StandardCharsets;

/**
 * Differential fuzzing (Jazzer) of a plan bound on two threads against the plan bound whole: for
 * any ASCII document, the halves are either null (the caller then binds it whole) or exactly what
 * the whole binding gives, which must then succeed. A document the whole binding refuses that the
 * halves accept would pass the gate on what it did not read. Every size counts here (the CLI takes
 * this path from 4 MB on). {@code ./mvnw verify} replays the committed inputs ({@code
 * PlanHalvesFuzzTestInputs/}); {@code tools/fuzz.sh} fuzzes it with the parsers.
 */
class PlanHalvesFuzzTest {
  @FuzzTest(maxDuration = "40s")
  void halves(byte[] data) {
    byte[] ascii = new byte[data.length];
    for (int i = 0; i < data.length; i++) {
      ascii[i] = (byte) (data[i] & 0x7f);
    }
    PlanLayout layout = PlanHalves.layout(ascii, 0);
    if (layout == null) {
      return;
    }
    PlanJson halves = PlanHalves.bind(ascii, layout);
    if (halves == null) {
      return;
    }
    PlanJson whole;
    try {
      whole =
          StrictJson.bind(
              InputFiles.Content.of(new String(ascii, StandardCharsets.US_ASCII)),
              PlanJson.class,
              "fuzz.json");
    } catch (InputException e) {
      throw new AssertionError(
          "the halves accepted what the whole binding refuses: " + e.getMessage());
    }
    assertThat(halves).isEqualTo(whole);
  }
}
