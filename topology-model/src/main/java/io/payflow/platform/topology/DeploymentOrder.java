package io.payflow.platform.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order environments must be applied in: every {@code depends_on} first, and the hub before
 * every spoke (spokes read the hub's VPC and route tables for peering). Ties keep file order, so
 * the order is stable.
 */
public final class DeploymentOrder {
  private DeploymentOrder() {}

  /** Each environment's prerequisites: its depends_on, plus the hub for a spoke. */
  public static Map<String, Set<String>> prerequisites(Topology topology) {
    Map<String, Set<String>> edges = new LinkedHashMap<>();
    String hub = topology.hub().name();
    for (Environment env : topology.environments()) {
      Set<String> before = new LinkedHashSet<>();
      if (!env.isHub()) {
        before.add(hub);
      }
      before.addAll(env.dependsOn());
      before.remove(env.name());
      edges.put(env.name(), before);
    }
    return edges;
  }

  public static List<String> of(Topology topology) throws DependencyCycleException {
    for (Environment env : topology.environments()) {
      if (env.dependsOn().contains(env.name())) {
        throw new DependencyCycleException(List.of(env.name(), env.name()));
      }
    }
    return order(prerequisites(topology));
  }

  /**
   * Any environments in the order their prerequisites allow (each name to the names it needs first,
   * in the order given, ties kept): for a topology, or for the environments that Terraform inputs
   * show.
   */
  public static List<String> order(Map<String, Set<String>> edges) throws DependencyCycleException {
    for (Map.Entry<String, Set<String>> entry : edges.entrySet()) {
      if (entry.getValue().contains(entry.getKey())) {
        throw new DependencyCycleException(List.of(entry.getKey(), entry.getKey()));
      }
    }
    List<String> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (order.size() < edges.size()) {
      String next = null;
      for (Map.Entry<String, Set<String>> entry : edges.entrySet()) {
        if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
          next = entry.getKey();
          break;
        }
      }
      if (next == null) {
        throw new DependencyCycleException(findCycle(edges, placed));
      }
      placed.add(next);
      order.add(next);
    }
    return List.copyOf(order);
  }

  /** Walks prerequisites from an unplaced environment until one repeats. */
  private static List<String> findCycle(Map<String, Set<String>> edges, Set<String> placed) {
    String current =
        edges.keySet().stream().filter(name -> !placed.contains(name)).findFirst().orElseThrow();
    List<String> walk = new ArrayList<>();
    while (!walk.contains(current)) {
      walk.add(current);
      current =
          edges.get(current).stream()
              .filter(name -> !placed.contains(name))
              .findFirst()
              .orElseThrow();
    }
    List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
    cycle.add(current);
    // Report in deployment direction: a prerequisite before what needs it.
    java.util.Collections.reverse(cycle);
    return cycle;
  }
}
