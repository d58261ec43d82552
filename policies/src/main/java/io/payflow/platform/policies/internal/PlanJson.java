package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code terraform show -json} (format 0.1 to 1.x) the adapter reads, typed: a value
 * of the wrong type anywhere here is an input error with its path, never skipped. Keys Terraform
 * adds in later versions are ignored; resource values stay trees (their shape is the provider's).
 * The configuration stays a tree too (every constant in it is evidence for credentials), and its
 * typed {@link Configuration} is bound from that tree.
 */
record PlanJson(
    String formatVersion,
    Values plannedValues,
    List<ResourceChange> resourceChanges,
    JsonNode configuration,
    Map<String, Variable> variables) {

  record Values(Module rootModule) {}

  record Module(String address, List<StateResource> resources, List<Module> childModules) {}

  record StateResource(String address, String mode, String type, String name, ObjectNode values) {}

  record ResourceChange(String address, String mode, String type, String name, Change change) {}

  record Change(List<String> actions, JsonNode after, JsonNode afterUnknown) {}

  record Configuration(ConfigModule rootModule) {}

  record ConfigModule(
      List<ConfigResource> resources,
      Map<String, ModuleCall> moduleCalls,
      Map<String, ConfigOutput> outputs) {}

  record ConfigResource(String address, String mode, String type, ObjectNode expressions) {}

  record ModuleCall(ObjectNode expressions, ConfigModule module) {}

  record ConfigOutput(JsonNode expression) {}

  record Variable(JsonNode value) {}
}
