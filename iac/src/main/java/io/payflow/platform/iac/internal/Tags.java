package io.payflow.platform.iac.internal;

import java.util.Map;
import java.util.TreeMap;

/** Tags every taggable resource carries: who manages it, which environment, and its name. */
final class Tags {
  private Tags() {}

  static Map<String, String> of(String environment, String name) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("Environment", environment);
    tags.put("ManagedBy", "payflow");
    tags.put("Name", name);
    return tags;
  }

  /**
   * Provider default tags: ownership, plus the environment's cost intent (hours it runs, its
   * budget), so that a plan or a synthesized stack is priced and budgeted like the model.
   */
  static Map<String, String> provider(io.payflow.platform.topology.Environment env) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("Environment", env.name());
    tags.put("ManagedBy", "payflow");
    tags.put("payflow:hours-per-month", String.valueOf(env.hoursPerMonth()));
    if (env.monthlyBudgetUsd() != null) {
      tags.put("payflow:budget-usd", env.monthlyBudgetUsd().amount().toPlainString());
    }
    return tags;
  }
}
