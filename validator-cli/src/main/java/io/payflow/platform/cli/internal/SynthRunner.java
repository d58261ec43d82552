package io.payflow.platform.cli.internal;

import io.payflow.platform.iac.SynthException;
import io.payflow.platform.iac.SynthResult;
import io.payflow.platform.iac.Synthesizer;
import io.payflow.platform.topology.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The one class of the CLI that uses iac. */
final class SynthRunner {
  private SynthRunner() {}

  static SynthResult run(Topology topology, Path topologyFile, Path out, PrintWriter log) {
    // jsii's shutdown hook stops its Node.js process: the CLI must end through System.exit.
    ShutdownHooks.expect();
    try {
      SynthResult result = Synthesizer.synth(topology, out, sourceName(topologyFile));
      for (SynthResult.Stack stack : result.stacks()) {
        log.println("synthesized " + stack.name() + " -> " + stack.file());
      }
      log.flush();
      return result;
    } catch (SynthException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * The topology's name as the stacks' source tag holds it: relative to the repository root (the
   * root validation resolves it against), else to the working directory; null when neither.
   */
  static String sourceName(Path topologyFile) {
    return SourceRoot.of(null)
        .relative(topologyFile.toString())
        .orElseGet(
            () ->
                topologyFile.isAbsolute()
                    ? null
                    : topologyFile.normalize().toString().replace('\\', '/'));
  }
}
