package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Format;
import io.payflow.platform.cli.Outcome;
import java.nio.file.Path;
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

  @Mixin GateOptions gate;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs, as for validate.")
  List<Path> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the HTML report.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Outcome outcome = gate.gate().validate(paths);
    ReportFile.write(output, file -> Format.html.renderer(false, gate.root).render(outcome, file));
    spec.commandLine()
        .getErr()
        .println(TextRenderer.summary(outcome) + " -> " + Printable.line(output.toString()));
    return outcome.exitCode();
  }
}
