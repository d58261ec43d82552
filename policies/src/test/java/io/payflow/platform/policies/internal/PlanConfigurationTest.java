package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan's configuration read by hand: the same errors, at the same place, as binding it to the
 * records it was bound to before (kept here as the oracle), and the same index.
 */
class PlanConfigurationTest {
  /** The shape the configuration was bound to by Jackson: the reference for every error. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Configuration(ConfigModule rootModule) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ConfigModule(
      List<ConfigResource> resources,
      Map<String, ModuleCall> moduleCalls,
      Map<String, ConfigOutput> outputs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ConfigResource(String address, String mode, String type, ObjectNode expressions) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ModuleCall(ObjectNode expressions, ConfigModule module) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ConfigOutput(JsonNode expression) {}

  private static String plan(String configuration) {
    return "{\"format_version\": \"1.2\",\n \"configuration\": " + configuration + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "[] | configuration: expected an object",
        "\"x\" | configuration: expected an object",
        "{\"root_module\": 5} | configuration.root_module: expected an object",
        "{\"root_module\": {\"resources\": {}}} | configuration.root_module.resources: expected a list",
        "{\"root_module\": {\"resources\": [null]}} | configuration.root_module.resources[0]: expected a value, not null",
        "{\"root_module\": {\"resources\": [{}, 5]}} | configuration.root_module.resources[1]: expected an object",
        "{\"root_module\": {\"resources\": [{\"address\": 5}]}} | configuration.root_module.resources[0].address: expected a string",
        "{\"root_module\": {\"resources\": [{\"mode\": true}]}} | configuration.root_module.resources[0].mode: expected a string",
        "{\"root_module\": {\"resources\": [{\"type\": []}]}} | configuration.root_module.resources[0].type: expected a string",
        "{\"root_module\": {\"resources\": [{\"address\": \"a.b\", \"expressions\": []}]}} | configuration.root_module.resources[0].expressions: expected an object",
        "{\"root_module\": {\"resources\": [{\"expressions\": \"x\"}]}} | configuration.root_module.resources[0].expressions: expected an object",
        "{\"root_module\": {\"module_calls\": []}} | configuration.root_module.module_calls: expected an object",
        "{\"root_module\": {\"module_calls\": {\"net\": null}}} | configuration.root_module.module_calls.net: expected a value, not null",
        "{\"root_module\": {\"module_calls\": {\"net\": 1}}} | configuration.root_module.module_calls.net: expected an object",
        "{\"root_module\": {\"module_calls\": {\"net\": {\"expressions\": []}}}} | configuration.root_module.module_calls.net.expressions: expected an object",
        "{\"root_module\": {\"module_calls\": {\"net\": {\"module\": 3}}}} | configuration.root_module.module_calls.net.module: expected an object",
        "{\"root_module\": {\"module_calls\": {\"net\": {\"module\": {\"resources\": [{\"address\": 1}]}}}}} | configuration.root_module.module_calls.net.module.resources[0].address: expected a string",
        "{\"root_module\": {\"outputs\": []}} | configuration.root_module.outputs: expected an object",
        "{\"root_module\": {\"outputs\": {\"id\": null}}} | configuration.root_module.outputs.id: expected a value, not null",
        "{\"root_module\": {\"outputs\": {\"id\": 3}}} | configuration.root_module.outputs.id: expected an object",
        "{\"root_module\": {\"outputs\": 5, \"resources\": 5}} | configuration.root_module.outputs: expected an object",
        "{\"root_module\": {\"resources\": [{\"type\": 1, \"address\": 2}]}} | configuration.root_module.resources[0].type: expected a string",
        "{\"root_module\": {\"module_calls\": {\"a\\u0007b\": null}}} | configuration.root_module.module_calls.a\\u0007b: expected a value, not null",
      })
  void aWrongShapeIsTheErrorTheBindingGaveAtItsPlace(String configuration, String expected)
      throws Exception {
    String text = plan(configuration);
    JsonNode tree = StrictJson.tree(text, "plan.json").get("configuration");
    InputFiles.Content content = InputFiles.Content.of(text);
    String oracle = bindingError(tree, content);
    assertThat(oracle).contains(": " + expected + " (");
    assertThatThrownBy(
            () ->
                PlanConfiguration.index(
                    tree, content, "plan.json", new HashMap<>(), new ModuleWiring()))
        .isInstanceOf(InputException.class)
        .hasMessage(oracle);
    // Placed by its path, but for a name with a control character (printed escaped, not found)
    if (!expected.contains("\\u")) {
      assertThat(oracle).startsWith("plan.json:2:");
    }
  }

  private static String bindingError(JsonNode tree, InputFiles.Content content) {
    try {
      StrictJson.bind(tree, Configuration.class, content, "plan.json", "configuration");
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("the binding accepted it");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "null",
        "{}",
        "{\"root_module\": null}",
        "{\"root_module\": {\"resources\": null, \"module_calls\": null, \"outputs\": null}}",
        "{\"root_module\": {\"resources\": [{\"address\": null, \"mode\": null, \"type\": null, \"expressions\": null}]}}",
        "{\"root_module\": {\"module_calls\": {\"net\": {\"expressions\": null, \"module\": null}}}}",
        "{\"root_module\": {\"resources\": [], \"other\": [1, {\"resources\": 5}]}, \"provider_config\": 7}",
      })
  void nullsWhereTheBindingTookThemAndUnknownKeysAreNothing(String configuration) throws Exception {
    String text = plan(configuration);
    JsonNode tree = StrictJson.tree(text, "plan.json").get("configuration");
    InputFiles.Content content = InputFiles.Content.of(text);
    StrictJson.bind(tree, Configuration.class, content, "plan.json", "configuration");
    Map<String, ObjectNode> expressions = new HashMap<>();
    PlanConfiguration.index(tree, content, "plan.json", expressions, new ModuleWiring());
    assertThat(expressions).isEmpty();
  }

  @Test
  void indexesExpressionsByAddressInEveryModuleAndWiresTheModules() throws Exception {
    String text =
        plan(
            """
            {"root_module": {
              "resources": [
                {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc",
                 "expressions": {"cidr_block": {"constant_value": "10.0.0.0/16"}}},
                {"address": "aws_s3_bucket.logs", "type": "aws_s3_bucket"}],
              "outputs": {"vpc": {"expression": {"references": ["aws_vpc.main.id"]}},
                          "none": {"expression": null}, "bare": {}},
              "module_calls": {"net": {
                "expressions": {"cidr": {"references": ["var.cidr"]}},
                "module": {
                  "resources": [{"address": "aws_subnet.a",
                                 "expressions": {"vpc_id": {"references": ["var.vpc"]}}}],
                  "outputs": {"subnet": {"expression": {"references": ["aws_subnet.a.id"]}}},
                  "module_calls": {"deep": {"module": {"resources": [
                    {"address": "aws_eip.x", "expressions": {}}]}}}}}}}}
            """);
    JsonNode tree = StrictJson.tree(text, "plan.json").get("configuration");
    Map<String, ObjectNode> expressions = new HashMap<>();
    ModuleWiring wiring = new ModuleWiring();
    PlanConfiguration.index(tree, InputFiles.Content.of(text), "plan.json", expressions, wiring);
    JsonNode root = tree.get("root_module");
    JsonNode net = root.at("/module_calls/net");
    assertThat(expressions)
        .containsOnlyKeys(
            "aws_vpc.main", "module.net.aws_subnet.a", "module.net.module.deep.aws_eip.x");
    // The tree's own nodes, never copies.
    assertThat(expressions.get("aws_vpc.main")).isSameAs(root.at("/resources/0/expressions"));
    assertThat(expressions.get("module.net.aws_subnet.a"))
        .isSameAs(net.at("/module/resources/0/expressions"));
    assertThat(wiring.input("module.net.", "cidr")).containsSame(net.at("/expressions/cidr"));
    assertThat(wiring.input("module.net.module.deep.", "x")).isEmpty();
    assertThat(wiring.output("", "vpc")).containsSame(root.at("/outputs/vpc/expression"));
    assertThat(wiring.output("", "none").orElseThrow().isNull()).isTrue();
    assertThat(wiring.output("", "bare")).isEmpty();
    assertThat(wiring.output("module.net.", "subnet"))
        .containsSame(net.at("/module/outputs/subnet/expression"));
  }

  /** The binding gave an output's null expression as a JSON null, as the walk does. */
  @Test
  void theBindingGaveANullExpressionAsAJsonNull() throws Exception {
    String text = plan("{\"root_module\": {\"outputs\": {\"none\": {\"expression\": null}}}}");
    JsonNode tree = StrictJson.tree(text, "plan.json").get("configuration");
    Configuration bound =
        StrictJson.bind(
            tree, Configuration.class, InputFiles.Content.of(text), "plan.json", "configuration");
    assertThat(bound.rootModule().outputs().get("none").expression().isNull()).isTrue();
  }
}
