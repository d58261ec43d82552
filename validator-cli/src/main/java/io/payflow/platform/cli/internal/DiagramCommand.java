package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.FactsMerge;
import io.payflow.platform.policies.Input;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code payflow diagram PATH... --format svg|mermaid}: the estate's picture alone. */
@Command(
    name = "diagram",
    description = "Draw the estate (VPCs, zones, subnets, services, peerings) as SVG or Mermaid.")
final class DiagramCommand implements Callable<Integer> {
  enum Kind {
    svg,
    mermaid
  }

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs, as for validate.")
  List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "svg (default) or mermaid (for Markdown and pull-request comments).")
  Kind format = Kind.svg;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = InputPaths.readAll(paths, p -> {});
    Facts facts =
        (inputs.size() == 1 ? inputs.get(0).facts() : FactsMerge.of(inputs).facts()).facts();
    String drawing =
        format == Kind.svg
            ? DiagramSvg.write(EstateDiagram.of(facts), Map.of())
            : MermaidDiagram.write(facts);
    if (output == null) {
      spec.commandLine().getOut().print(drawing);
      spec.commandLine().getOut().flush();
    } else {
      ReportFile.write(output, file -> file.print(drawing));
    }
    return 0;
  }
}
