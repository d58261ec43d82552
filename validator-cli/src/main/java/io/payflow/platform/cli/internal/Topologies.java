package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Inputs;
import io.payflow.platform.topology.Topology;
import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.file.Path;

/** Loads a topology file for a command, turning load errors into the CLI's input errors. */
final class Topologies {
  private Topologies() {}

  /**
   * The topology {@code command} reads. A plan, Terraform JSON or cdktf.out/ given instead is named
   * for what it is (refused as a topology, it was "unknown field 'format_version'"); anything else
   * keeps the topology loader's error.
   */
  static Topology load(Path file, String command) {
    try {
      return TopologyLoader.load(file);
    } catch (TopologyLoadException e) {
      String other = otherKind(file);
      if (other != null) {
        throw new UserError(
            file
                + ": is "
                + other
                + ", not a topology (`payflow "
                + command
                + "` reads a topology; plans, Terraform JSON and cdktf.out/ are read by `payflow"
                + " validate` and compared by `payflow cost --compare BASE`)",
            e);
      }
      throw new UserError(e.getMessage(), e);
    }
  }

  /** What else the file reads as, in words (not read into facts); null if it is no other input. */
  private static String otherKind(Path file) {
    return Inputs.kindOf(file)
        .map(
            kind ->
                switch (kind) {
                  case PLAN -> "a plan";
                  case TERRAFORM_JSON -> "Terraform JSON";
                  case CDKTF_OUT -> "a cdktf.out/ directory";
                  case TOPOLOGY -> null;
                })
        .orElse(null);
  }
}
