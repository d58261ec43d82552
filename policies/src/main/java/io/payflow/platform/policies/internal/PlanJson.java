package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code terraform show -json} (format 0.1 to 1.x) the adapter reads, typed: a value
 * of the wrong type anywhere here is an input error with its path, never skipped. Keys Terraform
 * adds in later versions are ignored; resource values stay trees (their shape is the provider's).
 * The configuration stays a tree too (every constant in it is evidence for credentials), read by
 * {@link PlanConfiguration}. Keys it does not name are skipped, never buffered (Jackson copies an
 * unknown key's value aside while binding a record unless told to ignore it: a plan's prior_state,
 * before and after_sensitive were all copied).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanJson(
    String formatVersion,
    List<ResourceChange> resourceChanges,
    JsonNode configuration,
    Map<String, Variable> variables,
    Boolean errored,
    Boolean complete,
    List<DeferredChange> deferredChanges) {

  /**
   * A change Terraform deferred to a later plan (1.9 and later, with deferral allowed): not in
   * {@code resource_changes}, so this plan does not say what it will be.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DeferredChange(String reason, ResourceChange resourceChange) {}

  /**
   * {@code planned_values}, read only from a plan without resource changes: in any other plan it
   * repeats the values of the changes, and binding it was as much work again.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Planned(Values plannedValues) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Values(Module rootModule) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Module(String address, List<StateResource> resources, List<Module> childModules) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StateResource(String address, String mode, String type, String name, ObjectNode values) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ResourceChange(String address, String mode, String type, String name, Change change) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Change(List<String> actions, Before before, JsonNode after, JsonNode afterUnknown) {}

  /**
   * Of the values before a change, the versions an update moves from (EKS's {@code version}, RDS's
   * {@code engine_version}); the rest is skipped, not bound. Any JSON type: another resource type's
   * {@code version} may be a number or an object, and is not read.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Before(JsonNode version, JsonNode engineVersion) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Variable(JsonNode value) {}
}
