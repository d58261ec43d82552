package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Format;
import io.payflow.platform.cli.ProjectConfig;
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
    json,
    markdown
  }

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "A topology (the full estimate), or with --compare the head: a topology, a cdktf.out/"
              + " or the plans of one estate.")
  java.util.List<Path> heads;

  @Option(
      names = "--compare",
      paramLabel = "BASE",
      description =
          "The base to compare with (the target branch's topology, cdktf.out/ or plans;"
              + " repeatable): prints the monthly change per environment and line item.")
  java.util.List<Path> bases;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Project config with budgets (default: the nearest .payflow.yaml).")
  Path config;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    if (bases != null && !bases.isEmpty()) {
      ProjectConfig project = ProjectConfigLoader.load(config);
      CostComparison comparison = CostComparison.of(facts(bases), facts(heads), project.budgets());
      var out = spec.commandLine().getOut();
      switch (format) {
        case json -> CostComparisonRenderer.json(comparison, out);
        case markdown -> CostComparisonRenderer.markdown(comparison, out);
        default -> CostComparisonRenderer.text(comparison, out);
      }
      return 0;
    }
    if (heads.size() != 1 || format == Format.markdown) {
      throw new UserError(
          "cost: give one topology for the full estimate, or --compare BASE for a change", null);
    }
    CostReport report =
        new CostEstimator(PricingCatalog.bundled()).estimate(Topologies.load(heads.get(0), "cost"));
    if (format == Format.json) {
      CostJson.render(spec.commandLine().getOut(), report);
    } else {
      CostTable.render(spec.commandLine().getOut(), report);
    }
    return 0;
  }

  /** The facts of one side: one input, or the inputs of one estate merged. */
  private static io.payflow.platform.policies.Facts facts(java.util.List<Path> paths)
      throws Exception {
    var inputs = InputPaths.readAll(paths, p -> {});
    var document =
        inputs.size() == 1
            ? inputs.get(0).facts()
            : io.payflow.platform.policies.FactsMerge.of(inputs).facts();
    return document.facts();
  }
}
