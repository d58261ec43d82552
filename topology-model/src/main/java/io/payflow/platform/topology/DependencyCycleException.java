package io.payflow.platform.topology;

import java.util.List;

/** The environments' depends_on (plus hub-before-spokes) cannot be ordered. */
public final class DependencyCycleException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> cycle;

  public DependencyCycleException(List<String> cycle) {
    super(
        "deployment order has a cycle: "
            + String.join(" -> ", cycle)
            + " (remove one of these depends_on entries; the hub deploys first)");
    this.cycle = List.copyOf(cycle);
  }

  /** The environments of the cycle, first one repeated at the end. */
  public List<String> cycle() {
    return cycle;
  }
}
