package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Gate;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.policies.Input;
import io.payflow.platform.topology.CostEstimator;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code payflow check TOPOLOGY}: the whole story on one topology, the README's main job: the
 * deployment order, the synthesized stacks, the validation of the model and of those stacks, and
 * the cost table. Exits like validate.
 */
@Command(
    name = "check",
    description = "Order, synthesize, validate (model and stacks) and price a topology in one run.")
final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin SynthTarget target;

  @Option(
      names = "--no-synth",
      description = "Skip synthesis (no Node.js needed); validate the model only.")
  boolean noSynth;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Project config (default: the nearest .payflow.yaml upward).")
  Path config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Topology model = Topologies.load(target.topology, "check");
    section(out, "Deployment order");
    OrderCommand.print(out, model);
    List<Input> inputs = new ArrayList<>(List.of(InputPaths.read(target.topology)));
    if (!noSynth) {
      section(out, "Synthesis (CDK for Terraform)");
      SynthRunner.run(model, target.topology, target.out, out);
      inputs.add(InputPaths.read(target.out));
    }
    Outcome outcome = Gate.builder().config(ProjectConfig.load(config)).build().evaluate(inputs);
    section(out, "Validation");
    new TextRenderer(Terminal.colorful(common.noColor)).render(outcome, out);
    section(out, "Monthly cost");
    CostTable.render(out, new CostEstimator(PricingCatalog.bundled()).estimate(model));
    return outcome.exitCode();
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println("== " + title + " ==");
  }
}
