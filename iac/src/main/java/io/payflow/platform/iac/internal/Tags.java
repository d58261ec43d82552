package io.payflow.platform.iac.internal;

import io.payflow.platform.topology.SourceTags;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tags every taggable resource carries: who manages it, which environment, its name, and the
 * topology element it comes from (so findings on a plan of the stack point at the topology line).
 */
final class Tags {
  private Tags() {}

  static Map<String, String> of(Origin origin, String name) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("Environment", origin.environment());
    tags.put("ManagedBy", "payflow");
    tags.put("Name", name);
    tags.put(SourceTags.ELEMENT, SourceTags.encode(origin.path()));
    return tags;
  }

  /**
   * Provider default tags: ownership, the topology file the stack comes from (when its name can be
   * a tag value), and the environment's cost intent (hours it runs, its budget), so that a plan or
   * a synthesized stack is priced and budgeted like the model.
   */
  static Map<String, String> provider(
      io.payflow.platform.topology.Environment env, Optional<String> topologyFile) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("Environment", env.name());
    tags.put("ManagedBy", "payflow");
    tags.put("payflow:hours-per-month", String.valueOf(env.hoursPerMonth()));
    if (env.monthlyBudgetUsd() != null) {
      tags.put("payflow:budget-usd", env.monthlyBudgetUsd().amount().toPlainString());
    }
    topologyFile.flatMap(SourceTags::file).ifPresent(f -> tags.put(SourceTags.TOPOLOGY, f));
    return tags;
  }
}
