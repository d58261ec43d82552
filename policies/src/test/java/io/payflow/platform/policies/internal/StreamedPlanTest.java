package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.payflow.platform.policies.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan that starts as Terraform writes it is bound straight from its text; anything else goes
 * through a tree. Both must read the same facts and refuse the same documents with the same words.
 */
class StreamedPlanTest {
  @TempDir Path dir;

  private static final String CHANGES =
      """
      "resource_changes": [
        {"address": "aws_vpc.hub", "mode": "managed", "type": "aws_vpc", "name": "hub",
         "change": {"actions": ["create"], "after": {"cidr_block": "10.0.0.0/16",
                    "tags": {"Environment": "hub"}}, "after_unknown": {"id": true}}},
        {"address": "aws_db_instance.db", "mode": "managed", "type": "aws_db_instance",
         "name": "db", "change": {"actions": ["create"], "after": {"engine": "postgres",
         "engine_version": "16.4", "password": "hunter2", "tags": {"Environment": "hub"}},
         "after_unknown": {}}}]""";

  private static final String CONFIGURATION =
      """
      "configuration": {"root_module": {"resources": [
        {"address": "aws_db_instance.db", "mode": "managed", "type": "aws_db_instance",
         "expressions": {"password": {"constant_value": "hunter2"}}}]}}""";

  private String facts(String text) throws Exception {
    Path file = Files.writeString(dir.resolve("plan.json"), text);
    return InputReader.read(file, "plan.json").facts().json();
  }

  @Test
  void aPlanReadsTheSameFactsWhateverTheOrderOfItsKeys() throws Exception {
    String asWritten = "{\"format_version\": \"1.2\", " + CHANGES + ", " + CONFIGURATION + "}";
    String reordered = "{" + CONFIGURATION + ", " + CHANGES + ", \"format_version\": \"1.2\"}";
    assertThat(StrictJson.leadingPlanVersion(asWritten, "p", PlanReader.PLAN_KEYS)).isNotNull();
    assertThat(StrictJson.leadingPlanVersion(reordered, "p", PlanReader.PLAN_KEYS)).isNull();
    // The plan as Terraform writes it is never parsed into a tree (the point of streaming it).
    Path file = Files.writeString(dir.resolve("as-written.json"), asWritten);
    assertThat(InputReader.file(file, "as-written.json").json()).isNull();
    String facts = facts(asWritten);
    assertThat(facts)
        .contains("\"address\" : \"aws_vpc.hub\"")
        .contains("\"source\" : \"literal\"");
    assertThat(facts(reordered)).isEqualTo(facts);
  }

  @Test
  void plannedValuesAreReadOnlyFromAPlanWithoutChanges() throws Exception {
    String planned = "\"planned_values\": {\"root_module\": {\"resources\": \"x\"}}";
    String withChanges = "{\"format_version\": \"1.2\", " + planned + ", " + CHANGES + "}";
    assertThat(facts(withChanges)).contains("\"address\" : \"aws_vpc.hub\"");
    String withoutChanges = "{\"format_version\": \"1.2\", " + planned + "}";
    Path file = Files.writeString(dir.resolve("plan.json"), withoutChanges);
    assertThatThrownBy(() -> InputReader.read(file, "plan.json"))
        .hasMessage(
            "plan.json:1:75: planned_values.root_module.resources: expected a list (is this file the output of `terraform show -json`, unedited?)");
  }

  /**
   * Jackson copies the value of every key a record does not name into a token buffer, unless the
   * record ignores unknown keys: a plan's prior_state and before were all copied.
   */
  @Test
  void everyPlanShapeSkipsTheKeysItDoesNotName() {
    List<Class<?>> shapes = new java.util.ArrayList<>(List.of(PlanJson.class.getDeclaredClasses()));
    shapes.add(PlanJson.class);
    assertThat(shapes).hasSizeGreaterThan(6);
    for (Class<?> shape : shapes) {
      JsonIgnoreProperties ignore = shape.getAnnotation(JsonIgnoreProperties.class);
      assertThat(ignore).as(shape.getSimpleName()).isNotNull();
      assertThat(ignore.ignoreUnknown()).as(shape.getSimpleName()).isTrue();
    }
  }

  @Test
  void aStateIsNotTakenForAPlan() throws Exception {
    String state = "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {}}}";
    assertThat(StrictJson.leadingPlanVersion(state, "p", PlanReader.PLAN_KEYS)).isNull();
  }

  /** Each document starts as a plan; the tree's error is the reference. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "duplicate key in a resource | {'format_version': '1.2', 'resource_changes': [{'address': 'a', 'address': 'b'}]}",
        "duplicate top-level key | {'format_version': '1.2', 'resource_changes': [], 'resource_changes': []}",
        "second document | {'format_version': '1.2', 'resource_changes': []}\\n{}",
        "cut off | {'format_version': '1.2', 'resource_changes': [{'address': 'a'",
        "control character in a string | {'format_version': '1.2', 'resource_changes': [{'address': 'a\\u0001'}]}",
        "NaN | {'format_version': '1.2', 'resource_changes': [{'change': {'after': {'n': NaN}}}]}",
        "error in a key the plan reader skips | {'format_version': '1.2', 'prior_state': {'a': tru}, 'resource_changes': []}",
        "error after the keys that decide | {'format_version': '1.2', 'resource_changes': [], 'output_changes': {'a': [1,]}}",
      })
  void malformedJsonIsTheErrorTheTreeGives(String name, String document) throws Exception {
    String text = document.replace('\'', '"').replace("\\n", "\n").replace("\\u0001", "\u0001");
    String expected = null;
    try {
      StrictJson.tree(text, "plan.json");
    } catch (InputException e) {
      expected = e.getMessage();
    }
    assertThat(expected).as("the tree refuses it").isNotNull();
    Path file = Files.writeString(dir.resolve("plan.json"), text);
    assertThatThrownBy(() -> InputReader.read(file, "plan.json")).hasMessage(expected);
  }

  /**
   * ASCII text is parsed from its bytes, any other from its characters: both give the same words,
   * and a column counts characters (an {@code é} before the error is one column, not two bytes).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "syntax error | {'format_version': '1.2', 'resource_changes': [{'address': 'cafe', x}]}",
        "wrong type | {'format_version': '1.2', 'resource_changes': [{'address': 'cafe', 'type': 1}]}",
        "duplicate key | {'format_version': '1.2', 'resource_changes': [{'address': 'cafe', 'address': 'b'}]}",
        "cut off | {'format_version': '1.2', 'resource_changes': [{'address': 'cafe'",
      })
  void asciiAndOtherTextAreRefusedWithTheSameWordsAndColumns(String name, String document)
      throws Exception {
    String ascii = document.replace('\'', '"');
    String accented = ascii.replace("cafe", "caf\u00e9");
    assertThat(accented).isNotEqualTo(ascii);
    Path asciiFile = Files.writeString(dir.resolve("plan.json"), ascii);
    String expected = null;
    try {
      InputReader.read(asciiFile, "plan.json");
    } catch (InputException e) {
      expected = e.getMessage();
    }
    assertThat(expected).as("refused").matches("plan\\.json:1:\\d+: .*");
    Path accentedFile = Files.writeString(dir.resolve("plan.json"), accented);
    assertThatThrownBy(() -> InputReader.read(accentedFile, "plan.json")).hasMessage(expected);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWhileStreaming() throws Exception {
    String deep = "[".repeat(StrictJson.MAX_NESTING + 5) + "]".repeat(StrictJson.MAX_NESTING + 5);
    String text =
        "{\"format_version\": \"1.2\", \"resource_changes\": [{\"change\": {\"after\": {\"x\": "
            + deep
            + "}}}]}";
    Path file = Files.writeString(dir.resolve("plan.json"), text);
    // The first bracket past the bound, and the path of the list it opens in (its start and end).
    String path = "resource_changes[0].change.after.x" + "[0]".repeat(195);
    String expected =
        "plan.json:1:"
            + (text.indexOf('[', text.indexOf("\"x\"")) + 196)
            + ": "
            + path.substring(0, 139)
            + "…"
            + path.substring(path.length() - 60)
            + ": nesting deeper than 200 levels";
    assertThatThrownBy(() -> StrictJson.tree(text, "plan.json")).hasMessage(expected);
    assertThatThrownBy(() -> InputReader.read(file, "plan.json")).hasMessage(expected);
  }
}
