package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a plan's modules are wired, from its {@code configuration}: the expression of each module
 * call's inputs and of each module's outputs, keyed by the module's configured prefix ({@code
 * module.vpc.}, instance keys dropped). A link that crosses a module boundary follows these.
 */
final class ModuleWiring {
  static final ModuleWiring NONE = new ModuleWiring();

  private final Map<String, ObjectNode> inputs = new HashMap<>();
  private final Map<String, Map<String, JsonNode>> outputs = new HashMap<>();

  void inputs(String module, ObjectNode expressions) {
    inputs.put(module, expressions);
  }

  void output(String module, String name, JsonNode expression) {
    outputs.computeIfAbsent(module, m -> new HashMap<>()).put(name, expression);
  }

  /** The expression passed to {@code var.<name>} of the module configured at {@code module}. */
  Optional<JsonNode> input(String module, String name) {
    ObjectNode call = inputs.get(module);
    return call == null || !call.has(name) ? Optional.empty() : Optional.of(call.get(name));
  }

  /** The expression of output {@code name} of the module configured at {@code module}. */
  Optional<JsonNode> output(String module, String name) {
    return Optional.ofNullable(outputs.getOrDefault(module, Map.of()).get(name));
  }
}
