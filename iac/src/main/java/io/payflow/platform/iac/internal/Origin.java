package io.payflow.platform.iac.internal;

/**
 * The topology element a synthesized resource comes from: its environment and its path in the
 * topology ({@code environments[1].eks}), written on the resource as a tag.
 */
record Origin(String environment, String path) {
  static Origin of(io.payflow.platform.topology.Topology topology, String environment) {
    int index = 0;
    while (!topology.environments().get(index).name().equals(environment)) {
      index++;
    }
    return new Origin(environment, "environments[" + index + "]");
  }

  /** A part of this element: {@code at(".vpc.subnets[0]")}. */
  Origin at(String suffix) {
    return new Origin(environment, path + suffix);
  }
}
