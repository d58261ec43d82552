package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A large plan bound on two threads is the plan bound whole, and whatever the whole binding refuses
 * makes the parts answer null, so that the caller binds it whole and gives that binding's error.
 */
class PlanHalvesTest {
  @TempDir Path dir;

  private static String change(int i) {
    return "{\"address\": \"aws_subnet.s"
        + i
        + "\", \"mode\": \"managed\", \"type\": \"aws_subnet\", \"name\": \"s"
        + i
        + "\", \"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": {\"cidr_block\":"
        + " \"10.0."
        + (i % 256)
        + ".0/24\", \"tags\": {\"Environment\": \"production\"}}, \"after_unknown\": {\"id\":"
        + " true}}}";
  }

  /** A plan as Terraform writes it: every section, changes on lines of their own. */
  private static String plan(int changes) {
    String list =
        IntStream.range(0, changes)
            .mapToObj(PlanHalvesTest::change)
            .collect(Collectors.joining(",\n    "));
    return "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.8\",\n"
        + " \"variables\": {\"region\": {\"value\": \"eu-west-1\"}},\n"
        + " \"planned_values\": {\"root_module\": {\"resources\": [{\"address\": \"x\"}]}},\n"
        + " \"resource_changes\": [\n    "
        + list
        + "\n  ],\n"
        + " \"prior_state\": {\"values\": {\"root_module\": {}}},\n"
        + " \"configuration\": {\"root_module\": {\"resources\": [{\"address\": \"aws_subnet.s0\","
        + " \"mode\": \"managed\", \"type\": \"aws_subnet\", \"expressions\": {\"cidr_block\":"
        + " {\"constant_value\": \"10.0.0.0/24\"}}}]}},\n"
        + " \"errored\": false, \"complete\": false, \"deferred_changes\": [{\"reason\":"
        + " \"instance_count_unknown\", \"resource_change\": {\"address\": \"aws_subnet.d\","
        + " \"mode\": \"managed\", \"type\": \"aws_subnet\", \"name\": \"d\", \"change\":"
        + " {\"actions\": [\"create\"]}}}],"
        + " \"timestamp\": \"2026-11-28T00:00:00Z\", \"applyable\": true}\n";
  }

  private static PlanJson whole(String text) throws InputException {
    return StrictJson.bind(InputFiles.Content.of(text), PlanJson.class, "plan.json");
  }

  private static PlanJson halves(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    PlanLayout layout = PlanHalves.layout(bytes, 0);
    return layout == null ? null : PlanHalves.bind(bytes, layout);
  }

  @Test
  void theHalvesAreThePlanBoundWhole() throws Exception {
    for (int changes : new int[] {2, 3, 50}) {
      String text = plan(changes);
      PlanJson halves = halves(text);
      assertThat(halves).isNotNull();
      assertThat(halves).isEqualTo(whole(text));
      assertThat(halves.resourceChanges()).hasSize(changes);
      assertThat(halves.deferredChanges()).hasSize(1);
      assertThat(halves.complete()).isFalse();
    }
  }

  @Test
  void theBoundKeysAreThoseOfThePlanShape() {
    assertThat(
            Arrays.stream(PlanJson.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase())
                .collect(Collectors.toSet()))
        .isEqualTo(PlanHalves.BOUND);
  }

  @Test
  void theSplitSharesTheWorkByWeightedBytes() {
    String text = plan(100);
    PlanLayout layout = PlanLayout.of(text.getBytes(StandardCharsets.US_ASCII), PlanHalves.BOUND);
    int split = PlanHalves.split(layout, text.length());
    // The rest of this document is small: the caller takes about half of the changes.
    assertThat(split).isBetween(40, 55);
    String heavy =
        text.replace(
            "\"prior_state\": {\"values\": {\"root_module\": {}}}",
            "\"prior_state\": [" + "1,".repeat(20_000) + "1]");
    PlanLayout unread = PlanLayout.of(heavy.getBytes(StandardCharsets.US_ASCII), PlanHalves.BOUND);
    // A large unread value goes to the other thread, which then takes fewer changes.
    assertThat(PlanHalves.split(unread, heavy.length())).isGreaterThan(split);
  }

  /** Each edit makes the plan one that the whole binding refuses. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a change in the later part: a wrong type, a duplicate key, a null, malformed JSON
        "\"address\": \"aws_subnet.s40\"|\"address\": 40",
        "\"name\": \"s41\"|\"name\": \"s41\", \"name\": \"again\"",
        "\"after_unknown\": {\"id\": true}}}|\"after_unknown\": {\"id\": true}}}, null",
        "\"name\": \"s42\"|\"name\": s42",
        "\"actions\": [\"create\"], \"before\": null, \"after\": {\"cidr_block\": \"10.0.43|\"actions\": [null], \"before\": null, \"after\": {\"cidr_block\": \"10.0.43",
        // the same in the earlier part
        "\"address\": \"aws_subnet.s1\"|\"address\": [1]",
        // a value the binding does not read, still JSON as strict as the rest
        "\"prior_state\": {\"values\"|\"prior_state\": {\"values\": 1, \"values\"",
        "\"applyable\": true|\"applyable\": tru",
        "\"timestamp\": \"2026-11-28T00:00:00Z\"|\"timestamp\": 1e",
        // the rest of the document
        "\"configuration\": {|\"configuration\": 5, \"configuration\": {",
        "\"variables\": {\"region\": {\"value\": \"eu-west-1\"}}|\"variables\": [1]",
        "\"applyable\": true}|\"applyable\": true} {}",
        "\"format_version\": \"1.2\"|\"format_version\": \"1.2\", \"resource_changes\": 1",
      })
  void whatTheWholeBindingRefusesIsLeftToIt(String from, String to) {
    String text = plan(60);
    assertThat(text).contains(from);
    String edited =
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThatThrownBy(() -> whole(edited)).isInstanceOf(InputException.class);
    assertThat(halves(edited)).isNull();
  }

  /** Through the reader, a large plan's error is the whole binding's, at its line and column. */
  @Test
  void aLargePlansErrorIsTheOneItsWholeBindingGives() throws Exception {
    int changes = 4 * (PlanHalves.FROM_BYTES / change(0).length()) / 3;
    String text = plan(changes);
    int late = changes * 3 / 4;
    String edited =
        text.replace(
            "\"name\": \"s" + late + "\"", "\"name\": \"s" + late + "\", \"name\": \"again\"");
    assertThat(edited.length()).isGreaterThan(PlanHalves.FROM_BYTES);
    Path file = Files.writeString(dir.resolve("plan.json"), edited);
    String expected;
    try {
      whole(edited);
      throw new AssertionError("the whole binding accepted it");
    } catch (InputException e) {
      expected = e.getMessage();
    }
    assertThat(expected).startsWith("plan.json:" + (late + 5) + ":");
    assertThatThrownBy(() -> InputReader.read(file, "plan.json")).hasMessage(expected);
    // And without the edit, the large plan is read in halves to the same facts as whole.
    Files.writeString(file, text);
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(PlanHalves.bind(bytes, PlanHalves.layout(bytes))).isEqualTo(whole(text));
  }

  /**
   * The configuration is read while the other thread binds the later changes; its error is the one
   * given only when the changes have none, as in a whole binding.
   */
  @Test
  void aConfigurationErrorCountsAfterTheChanges() throws Exception {
    int changes = 4 * (PlanHalves.FROM_BYTES / change(0).length()) / 3;
    String text =
        plan(changes)
            .replace(
                "\"configuration\": {\"root_module\": {\"resources\": [",
                "\"configuration\": {\"root_module\": {\"resources\": 5, \"x\": [");
    Path file = Files.writeString(dir.resolve("plan.json"), text);
    assertThatThrownBy(() -> InputReader.read(file, "plan.json"))
        .hasMessageContaining(": configuration.root_module.resources: expected a list");
    int late = changes * 3 / 4;
    Files.writeString(
        file, text.replace("\"address\": \"aws_subnet.s" + late + "\"", "\"address\": " + late));
    assertThatThrownBy(() -> InputReader.read(file, "plan.json"))
        .hasMessageStartingWith("plan.json:" + (late + 5) + ":")
        .hasMessageContaining("resource_changes[" + late + "].address: expected a string");
  }
}
