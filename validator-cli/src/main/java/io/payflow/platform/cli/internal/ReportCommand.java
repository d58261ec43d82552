package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.Format;
import io.payflow.platform.cli.Gate;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code payflow report PATH... -o report.html}: the gate's outcome as one self-contained HTML page
 * (the estate drawn with its findings, the findings, costs against budgets, deployment order). It
 * decides like validate: exit 1 when a finding reaches the threshold ({@code --fail-on none} for a
 * report that never fails).
 */
@Command(
    name = "report",
    description =
        "Write an HTML report: the estate drawn with its findings, the findings, costs and order.")
final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs, as for validate.")
  List<Path> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the HTML report.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = FailOnConverter.class,
      description =
          "Exit 1 when a finding is at or above this severity, or none (default: config).")
  FailOn failOn;

  @Option(names = "--config", paramLabel = "FILE", description = "Project config.")
  Path config;

  @Option(names = "--today", paramLabel = "DATE", description = "Judge dated rules on this day.")
  LocalDate today;

  @Option(names = "--root", paramLabel = "DIR", description = "Repository root.")
  Path root;

  @Override
  public Integer call() throws Exception {
    Gate.Builder gate = Gate.builder().config(ProjectConfig.load(config)).root(root).failOn(failOn);
    if (today != null) {
      gate.today(today);
    }
    Outcome outcome = gate.build().validate(paths);
    ReportFile.write(output, file -> Format.html.renderer(false, root).render(outcome, file));
    spec.commandLine()
        .getErr()
        .println(TextRenderer.summary(outcome) + " -> " + Printable.line(output.toString()));
    return outcome.exitCode();
  }
}
