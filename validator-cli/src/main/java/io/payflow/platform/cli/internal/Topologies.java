package io.payflow.platform.cli.internal;

import io.payflow.platform.topology.Topology;
import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.file.Path;

/** Loads a topology file for a command, turning load errors into the CLI's input errors. */
final class Topologies {
  private Topologies() {}

  static Topology load(Path file) {
    try {
      return TopologyLoader.load(file);
    } catch (TopologyLoadException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
