package io.payflow.platform.cli.internal;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The topology to synthesize and where the stacks go: shared by synth and check. */
final class SynthTarget {
  @Parameters(paramLabel = "TOPOLOGY", description = "Topology file (YAML or JSON).")
  Path topology;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "cdktf.out",
      description = "Where to synthesize the stacks (default: ${DEFAULT-VALUE}).")
  Path out;
}
