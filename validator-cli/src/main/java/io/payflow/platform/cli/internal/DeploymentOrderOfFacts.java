package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order to apply an estate's environments in, from their facts: the hub first, then each
 * environment after those it depends on. Dependencies that form a cycle are named, not ordered.
 */
record DeploymentOrderOfFacts(List<String> order, List<String> cycle) {
  static DeploymentOrderOfFacts of(Facts facts) {
    List<Facts.Environment> environments =
        facts.environments().stream()
            .sorted(
                Comparator.comparing((Facts.Environment e) -> !"hub".equals(e.role()))
                    .thenComparing(Facts.Environment::name))
            .toList();
    Set<String> names = new LinkedHashSet<>();
    environments.forEach(e -> names.add(e.name()));
    List<String> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    boolean progress = true;
    while (placed.size() < environments.size() && progress) {
      progress = false;
      for (Facts.Environment e : environments) {
        if (placed.contains(e.name())) {
          continue;
        }
        boolean ready = e.dependsOn().stream().filter(names::contains).allMatch(placed::contains);
        if (ready) {
          placed.add(e.name());
          order.add(
              e.name()
                  + (e.dependsOn().isEmpty()
                      ? ""
                      : " (after " + String.join(", ", e.dependsOn()) + ")"));
          progress = true;
        }
      }
    }
    List<String> cycle =
        environments.stream()
            .map(Facts.Environment::name)
            .filter(n -> !placed.contains(n))
            .toList();
    return new DeploymentOrderOfFacts(order, cycle);
  }
}
