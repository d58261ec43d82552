package io.payflow.platform.topology;

import io.payflow.platform.topology.internal.TopologyCodec;

/** Writes a topology back to YAML or JSON in the same shape the loader reads. */
public final class TopologyWriter {
  private TopologyWriter() {}

  public static String toYaml(Topology topology) {
    return TopologyCodec.writeYaml(topology);
  }

  public static String toJson(Topology topology) {
    return TopologyCodec.writeJson(topology);
  }
}
