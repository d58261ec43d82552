package io.payflow.platform.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code payflow synth TOPOLOGY --out DIR}: CDKTF synthesis. The iac module (CDKTF, jsii, Node.js)
 * is reached only through {@link SynthRunner}, so no other command loads it.
 */
@Command(
    name = "synth",
    description = "Synthesize Terraform (cdktf.out/) from a topology with CDK for Terraform.")
final class SynthCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin SynthTarget target;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SynthRunner.run(
        Topologies.load(target.topology, "synth"),
        target.topology,
        target.out,
        spec.commandLine().getOut());
    return 0;
  }
}
