package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binding a plan's tree shares its subtrees instead of copying them, and changes nothing else. */
class SharedTreeBindingTest {
  private static final ObjectMapper COPYING =
      JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private static final String PLAN =
      """
      {"format_version": "1.2",
       "planned_values": {"root_module": {"resources": [
         {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main",
          "values": {"cidr_block": "10.0.0.0/16", "tags": {"a/b": "~1"}}}]}},
       "resource_changes": [
         {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main",
          "change": {"actions": ["create"], "after": {"cidr_block": "10.0.0.0/16"},
                     "after_unknown": {"id": true, "list": [true, {"x": true}]}}},
         {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
          "change": {"actions": ["delete"], "after": null, "after_unknown": false}}],
       "configuration": {"root_module": {
         "resources": [{"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc",
                        "expressions": {"cidr_block": {"constant_value": "10.0.0.0/16"}}}],
         "outputs": {"id": {"expression": {"references": ["aws_vpc.main.id"]}}}}},
       "variables": {"region": {"value": "eu-west-1"}, "list": {"value": [1, 2]}}}
      """;

  @Test
  void bindsWhatJacksonWouldAndSharesTheTreesNodes() throws Exception {
    JsonNode tree = StrictJson.tree(PLAN, "plan.json");
    PlanJson shared =
        StrictJson.bind(tree, PlanJson.class, InputFiles.Content.of(PLAN), "plan.json");
    assertThat(shared).isEqualTo(COPYING.treeToValue(tree, PlanJson.class));
    assertThat(shared.resourceChanges().get(0).change().after())
        .isSameAs(tree.at("/resource_changes/0/change/after"));
    assertThat(shared.resourceChanges().get(0).change().afterUnknown())
        .isSameAs(tree.at("/resource_changes/0/change/after_unknown"));
    PlanJson.Planned planned =
        StrictJson.bind(tree, PlanJson.Planned.class, InputFiles.Content.of(PLAN), "plan.json");
    assertThat(planned).isEqualTo(COPYING.treeToValue(tree, PlanJson.Planned.class));
    assertThat(planned.plannedValues().rootModule().resources().get(0).values())
        .isSameAs(tree.at("/planned_values/root_module/resources/0/values"));
    assertThat(shared.variables().get("list").value()).isSameAs(tree.at("/variables/list/value"));
    // Scalars and nulls are Jackson's own values, as before.
    assertThat(shared.resourceChanges().get(1).change().after().isNull()).isTrue();
    assertThat(shared.resourceChanges().get(1).change().afterUnknown().isBoolean()).isTrue();
  }

  /** The content of an ASCII file, as {@link InputFiles#read} gives it: its bytes. */
  private InputFiles.Content ascii(String text) throws Exception {
    return InputFiles.read(
        java.nio.file.Files.writeString(dir.resolve("plan.json"), text),
        "plan.json",
        InputFiles.Kind.TERRAFORM);
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/planned_values/root_module/resources/0/values | [1] | planned_values.root_module.resources[0].values",
        "/configuration/root_module/resources/0/expressions | \"x\" | configuration.root_module.resources[0].expressions",
        "/configuration | [] | configuration",
      })
  void aWrongTypeIsTheSameInputErrorFromTheTreeAndFromTheText(
      String pointer, String value, String path) throws Exception {
    JsonNode tree = StrictJson.tree(PLAN, "plan.json");
    if (pointer.startsWith("/planned_values")) {
      // planned_values is read only from a plan without changes
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("resource_changes");
    }
    JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
    ((com.fasterxml.jackson.databind.node.ObjectNode) parent)
        .set(pointer.substring(pointer.lastIndexOf('/') + 1), COPYING.readTree(value));
    String text = COPYING.writeValueAsString(tree);
    JsonNode edited = StrictJson.tree(text, "plan.json");
    JsonNode version = StrictJson.leadingPlanVersion(text, "plan.json", PlanReader.PLAN_KEYS);
    assertThat(version).isNotNull();
    for (InputFile input :
        new InputFile[] {
          new InputFile(null, "plan.json", InputFiles.Content.of(text), edited, null),
          new InputFile(null, "plan.json", InputFiles.Content.of(text), null, version),
          new InputFile(null, "plan.json", ascii(text), null, version)
        }) {
      assertThatThrownBy(() -> PlanReader.read(input))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("plan.json:1:")
          .hasMessageContaining(path + ": expected an object");
    }
  }
}
