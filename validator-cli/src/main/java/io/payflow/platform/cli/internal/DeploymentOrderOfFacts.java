package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.DependencyCycleException;
import io.payflow.platform.topology.DeploymentOrder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order to apply an estate's environments in, from their facts, by the model's own ordering
 * ({@link DeploymentOrder}): the hub before every spoke, each environment after what it depends on
 * (among the environments shown). Dependencies that form a cycle are named, not ordered.
 */
record DeploymentOrderOfFacts(List<String> order, List<String> cycle) {
  static DeploymentOrderOfFacts of(Facts facts) {
    Set<String> names = new LinkedHashSet<>();
    facts.environments().forEach(e -> names.add(e.name()));
    List<String> hubs =
        facts.environments().stream()
            .filter(e -> "hub".equals(e.role()))
            .map(Facts.Environment::name)
            .toList();
    Map<String, Set<String>> prerequisites = new LinkedHashMap<>();
    for (Facts.Environment e : facts.environments()) {
      Set<String> before = new LinkedHashSet<>();
      if (!"hub".equals(e.role())) {
        before.addAll(hubs);
      }
      e.dependsOn().stream().filter(names::contains).forEach(before::add);
      prerequisites.put(e.name(), before);
    }
    try {
      List<String> order =
          DeploymentOrder.order(prerequisites).stream()
              .map(
                  name ->
                      prerequisites.get(name).isEmpty()
                          ? name
                          : name + " (after " + String.join(", ", prerequisites.get(name)) + ")")
              .toList();
      return new DeploymentOrderOfFacts(order, List.of());
    } catch (DependencyCycleException e) {
      return new DeploymentOrderOfFacts(List.of(), e.cycle());
    }
  }
}
