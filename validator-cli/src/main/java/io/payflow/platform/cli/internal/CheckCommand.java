package io.payflow.platform.cli.internal;

import io.payflow.platform.topology.CostEstimator;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code payflow check TOPOLOGY}: the whole story on one topology, the README's main job: the
 * deployment order, then the cost table.
 */
@Command(name = "check", description = "Order, validate and price a topology in one run.")
final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TOPOLOGY", description = "Topology file (YAML or JSON).")
  Path topology;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Topology model = Topologies.load(topology);
    OrderCommand.print(out, model);
    out.println();
    CostTable.render(out, new CostEstimator(PricingCatalog.bundled()).estimate(model));
    return 0;
  }
}
