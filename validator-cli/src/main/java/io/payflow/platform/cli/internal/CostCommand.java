package io.payflow.platform.cli.internal;

import io.payflow.platform.topology.CostEstimator;
import io.payflow.platform.topology.CostReport;
import io.payflow.platform.topology.PricingCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code payflow cost TOPOLOGY}: monthly estimate per environment against its budget. */
@Command(
    name = "cost",
    description = "Estimate each environment's monthly cost against its budget.")
final class CostCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TOPOLOGY", description = "Topology file (YAML or JSON).")
  Path topology;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    CostReport report =
        new CostEstimator(PricingCatalog.bundled()).estimate(Topologies.load(topology));
    if (format == Format.json) {
      CostJson.render(spec.commandLine().getOut(), report);
    } else {
      CostTable.render(spec.commandLine().getOut(), report);
    }
    return 0;
  }
}
