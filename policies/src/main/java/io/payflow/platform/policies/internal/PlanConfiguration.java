package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A plan's {@code configuration}, read from its tree by hand: each resource's expressions by
 * address, and how modules are wired. It was bound to records from the tree, which walked every
 * node of it again (28,380 resources: 0.11 s of the reading thread, cold); only its few keys are
 * visited here. The checks are the binding's, in its order (keys in document order, the first wrong
 * one reported), with its messages: a wrong type is an input error with its path, a null where an
 * object must be too; keys it does not name are ignored.
 */
final class PlanConfiguration {
  private final InputFiles.Content text;
  private final String file;
  private final Map<String, ObjectNode> expressions;
  private final ModuleWiring wiring;

  private PlanConfiguration(
      InputFiles.Content text,
      String file,
      Map<String, ObjectNode> expressions,
      ModuleWiring wiring) {
    this.text = text;
    this.file = file;
    this.expressions = expressions;
    this.wiring = wiring;
  }

  /** The provider configuration key of each resource that names one, by configuration address. */
  private final Map<String, String> providerKeys = new HashMap<>();

  /**
   * Indexes {@code configuration} (null or a JSON null: none) into {@code expressions} by the
   * resources' configuration addresses, and {@code wiring}.
   */
  static void index(
      JsonNode configuration,
      InputFiles.Content text,
      String file,
      Map<String, ObjectNode> expressions,
      ModuleWiring wiring)
      throws InputException {
    index(configuration, text, file, expressions, wiring, new HashMap<>());
  }

  /** As above, and each resource's {@code provider_config_key} into {@code providerKeys}. */
  static void index(
      JsonNode configuration,
      InputFiles.Content text,
      String file,
      Map<String, ObjectNode> expressions,
      ModuleWiring wiring,
      Map<String, String> providerKeys)
      throws InputException {
    if (configuration == null || configuration.isNull() || configuration.isMissingNode()) {
      return;
    }
    PlanConfiguration reader = new PlanConfiguration(text, file, expressions, wiring);
    ObjectNode root = reader.object(configuration, "configuration");
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals("root_module") && !field.getValue().isNull()) {
        reader.module(field.getValue(), "configuration.root_module", "");
      }
    }
    providerKeys.putAll(reader.providerKeys);
  }

  private void module(JsonNode node, String path, String prefix) throws InputException {
    ObjectNode module = object(node, path);
    for (Iterator<Map.Entry<String, JsonNode>> it = module.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      switch (field.getKey()) {
        case "resources" -> resources(value, path + ".resources", prefix);
        case "module_calls" -> calls(value, path + ".module_calls", prefix);
        case "outputs" -> outputs(value, path + ".outputs", prefix);
        default -> {}
      }
    }
  }

  private void resources(JsonNode node, String path, String prefix) throws InputException {
    if (!node.isArray()) {
      throw wrongType(path, "expected a list");
    }
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      ObjectNode resource = present(node.get(i), at);
      // Looked up, not iterated (an entry per field, for every resource of the plan); the
      // document's order matters only to choose which wrong value to report first.
      JsonNode address = resource.get("address");
      JsonNode values = resource.get("expressions");
      if (!text(address)
          || !text(resource.get("mode"))
          || !text(resource.get("type"))
          || !(values == null || values.isNull() || values.isObject())) {
        throw firstWrong(resource, at);
      }
      if (address != null && address.isTextual() && values instanceof ObjectNode expression) {
        expressions.put(prefix + address.asText(), expression);
      }
      JsonNode providerKey = resource.get("provider_config_key");
      if (address != null
          && address.isTextual()
          && providerKey != null
          && providerKey.isTextual()) {
        providerKeys.put(prefix + address.asText(), providerKey.asText());
      }
    }
  }

  private static boolean text(JsonNode value) {
    return value == null || value.isNull() || value.isTextual();
  }

  /** The error of the first wrong value of a resource, in the document's order. */
  private InputException firstWrong(ObjectNode resource, String at) {
    for (Iterator<Map.Entry<String, JsonNode>> it = resource.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (List.of("address", "mode", "type").contains(key) && !text(value)) {
        return wrongType(at + "." + key, "expected a string");
      }
      if (key.equals("expressions") && !(value.isNull() || value.isObject())) {
        return wrongType(at + ".expressions", "expected an object");
      }
    }
    throw new IllegalStateException("no wrong value in " + at);
  }

  private void calls(JsonNode node, String path, String prefix) throws InputException {
    ObjectNode calls = object(node, path);
    for (Iterator<Map.Entry<String, JsonNode>> it = calls.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = path + "." + Text.safe(entry.getKey());
      String child = prefix + "module." + entry.getKey() + ".";
      ObjectNode call = present(entry.getValue(), at);
      for (Iterator<Map.Entry<String, JsonNode>> fields = call.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (value.isNull()) {
          continue;
        }
        switch (field.getKey()) {
          case "expressions" -> wiring.inputs(child, object(value, at + ".expressions"));
          case "module" -> module(value, at + ".module", child);
          default -> {}
        }
      }
    }
  }

  private void outputs(JsonNode node, String path, String prefix) throws InputException {
    ObjectNode outputs = object(node, path);
    for (Iterator<Map.Entry<String, JsonNode>> it = outputs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      ObjectNode output = present(entry.getValue(), path + "." + Text.safe(entry.getKey()));
      JsonNode expression = output.get("expression");
      // Any value, a JSON null too (an output whose expression cannot be followed)
      if (expression != null) {
        wiring.output(prefix, entry.getKey(), expression);
      }
    }
  }

  /** An element of a list or a value of a map, which may not be null. */
  private ObjectNode present(JsonNode node, String path) throws InputException {
    if (node.isNull()) {
      throw wrongType(path, "expected a value, not null");
    }
    return object(node, path);
  }

  private ObjectNode object(JsonNode node, String path) throws InputException {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw wrongType(path, "expected an object");
  }

  private InputException wrongType(String path, String expected) {
    return StrictJson.wrongType(path, expected, text, file);
  }
}
