package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code terraform show -json} of a plan, format 0.1 to 1.x (unknown keys ignored). Resources come
 * from {@code resource_changes} (deletes skipped; no-ops kept, they still cost and overlap), or
 * from {@code planned_values} in plans without changes; {@code configuration} tells where each
 * value comes from; {@code after_unknown} what is known only after apply.
 */
final class PlanReader {
  private PlanReader() {}

  static boolean looksLike(JsonNode root) {
    return root.isObject()
        && root.has("format_version")
        && (root.has("planned_values")
            || root.has("resource_changes")
            || root.has("configuration")
            || root.has("prior_state"));
  }

  /** The resources, and each module call's input expressions by module prefix. */
  record Result(
      List<TfResource> resources, Map<String, JsonNode> moduleInputs, Evidence evidence) {}

  /**
   * Strings written as constants anywhere in the configuration, and the values of the root
   * variables: a clear-text secret in {@code after} that equals one of the first was written in a
   * file, even when a {@code local} hides the path to it.
   */
  record Evidence(Set<String> constants, Set<String> variableValues) {
    static final Evidence NONE = new Evidence(Set.of(), Set.of());
  }

  static Result read(JsonNode root, String file) throws InputException {
    String version = root.path("format_version").asText("");
    if (!version.matches("[01]\\.\\d+")) {
      throw new InputException(
          file
              + ": format_version: plan format '"
              + version
              + "' is not supported (expected 0.x or 1.x)",
          null);
    }
    Map<String, JsonNode> expressions = new HashMap<>();
    Map<String, JsonNode> moduleInputs = new HashMap<>();
    indexConfiguration(root.at("/configuration/root_module"), "", expressions, moduleInputs);
    List<TfResource> resources = new ArrayList<>();
    JsonNode changes = root.path("resource_changes");
    if (!changes.isMissingNode() && !changes.isArray()) {
      throw new InputException(file + ": resource_changes: expected a list", null);
    }
    for (int i = 0; i < changes.size(); i++) {
      JsonNode change = changes.get(i);
      JsonNode actions = change.at("/change/actions");
      if (actions.size() == 1 && "delete".equals(actions.get(0).asText())) {
        continue;
      }
      JsonNode after = change.at("/change/after");
      if (!after.isMissingNode() && !after.isNull() && !after.isObject()) {
        throw new InputException(
            file
                + ": resource_changes["
                + i
                + "].change.after: expected an object of values, got "
                + after.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
            null);
      }
      resources.add(
          resource(
              change,
              after.isObject() ? after : FactsBuilder.JSON.createObjectNode(),
              unknownPaths(change.at("/change/after_unknown")),
              expressions,
              "resource_changes[" + i + "]",
              file));
    }
    if (changes.size() == 0) {
      plannedValues(
          root.at("/planned_values/root_module"),
          "planned_values.root_module",
          expressions,
          resources,
          file);
    }
    Set<String> constants = new HashSet<>();
    collectConstants(root.path("configuration"), constants);
    Set<String> variableValues = new HashSet<>();
    root.path("variables")
        .forEach(
            v -> {
              if (v.path("value").isTextual()) {
                variableValues.add(v.path("value").asText());
              }
            });
    return new Result(resources, moduleInputs, new Evidence(constants, variableValues));
  }

  private static void plannedValues(
      JsonNode module,
      String path,
      Map<String, JsonNode> expressions,
      List<TfResource> out,
      String file)
      throws InputException {
    JsonNode resources = module.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode r = resources.get(i);
      out.add(
          resource(
              r,
              r.path("values").isObject() ? r.path("values") : FactsBuilder.JSON.createObjectNode(),
              Set.of(),
              expressions,
              path + ".resources[" + i + "]",
              file));
    }
    JsonNode children = module.path("child_modules");
    for (int i = 0; i < children.size(); i++) {
      plannedValues(children.get(i), path + ".child_modules[" + i + "]", expressions, out, file);
    }
  }

  private static TfResource resource(
      JsonNode node,
      JsonNode values,
      Set<String> unknown,
      Map<String, JsonNode> expressions,
      String path,
      String file)
      throws InputException {
    JsonNode address = node.path("address");
    JsonNode type = node.path("type");
    if (!address.isTextual() || !type.isTextual()) {
      throw new InputException(
          file + ": " + path + ": expected 'address' and 'type' strings", null);
    }
    if (!values.isObject()) {
      throw new InputException(file + ": " + path + ": expected an object of values", null);
    }
    String configAddress = withoutInstanceKeys(address.asText());
    boolean data = "data".equals(node.path("mode").asText()) || configAddress.contains("data.");
    return new TfResource(
        address.asText(),
        address.asText(),
        type.asText(),
        data,
        (ObjectNode) values.deepCopy(),
        unknown,
        expressions.get(configAddress),
        null,
        path);
  }

  /** {@code module.a["x"].aws_instance.b[0]} is configured as {@code module.a.aws_instance.b}. */
  static String withoutInstanceKeys(String address) {
    return address.replaceAll("\\[[^]]*\\]", "");
  }

  private static void indexConfiguration(
      JsonNode module, String prefix, Map<String, JsonNode> out, Map<String, JsonNode> inputs) {
    for (JsonNode r : module.path("resources")) {
      out.put(prefix + r.path("address").asText(), r.path("expressions"));
    }
    module
        .path("module_calls")
        .fields()
        .forEachRemaining(
            call -> {
              String child = prefix + "module." + call.getKey() + ".";
              inputs.put(child, call.getValue().path("expressions"));
              indexConfiguration(call.getValue().path("module"), child, out, inputs);
            });
  }

  private static void collectConstants(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                if ((f.getKey().equals("constant_value") || f.getKey().equals("default"))
                    && f.getValue().isTextual()) {
                  out.add(f.getValue().asText());
                } else {
                  collectConstants(f.getValue(), out);
                }
              });
    } else if (node.isArray()) {
      node.forEach(element -> collectConstants(element, out));
    }
  }

  /** Dotted paths of every {@code true} in after_unknown (list indices dropped). */
  static Set<String> unknownPaths(JsonNode afterUnknown) {
    Set<String> paths = new HashSet<>();
    collect(afterUnknown, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String prefix, Set<String> out) {
    if (node.isBoolean() && node.asBoolean() && !prefix.isEmpty()) {
      out.add(prefix);
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  collect(
                      f.getValue(),
                      prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                      out));
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, prefix, out));
    }
  }
}
