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

  static Map<String, String> base(String environment) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("Environment", environment);
    tags.put("ManagedBy", "payflow");
    return tags;
  }
}
