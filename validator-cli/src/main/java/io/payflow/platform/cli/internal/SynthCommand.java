package io.payflow.platform.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code payflow synth TOPOLOGY --out DIR}: CDKTF synthesis. The iac module (CDKTF, jsii, Node.js)
 * is reached only through {@link SynthRunner}, so no other command loads it.
 */
@Command(
    name = "synth",
    description = "Synthesize Terraform (cdktf.out/) from a topology with CDK for Terraform.")
final class SynthCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TOPOLOGY", description = "Topology file (YAML or JSON).")
  Path topology;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "cdktf.out",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    SynthRunner.run(Topologies.load(topology), out, spec.commandLine().getOut());
    return 0;
  }
}
