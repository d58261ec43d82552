package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Format;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.policies.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code payflow validate PATH...}: the pre-commit hook and the CI gate. */
@Command(
    name = "validate",
    description =
        "Validate topologies, Terraform JSON, cdktf.out/ directories and plans against the rules.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin GateOptions gate;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Inputs; the kind is detected from the content.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text, json, sarif, junit, github, markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--skip-unknown",
      description =
          "Skip, with a note, files that are not a topology, a plan or Terraform JSON (for hooks"
              + " that pass every YAML and JSON file of a commit).")
  boolean skipUnknown;

  @Override
  public Integer call() throws Exception {
    List<Path> selected = paths;
    if (skipUnknown) {
      selected = paths.stream().filter(this::known).toList();
    }
    Outcome outcome = gate.gate().validate(selected, this::progress);
    write(outcome);
    return outcome.exitCode();
  }

  private void write(Outcome outcome) throws Exception {
    if (output == null) {
      format
          .renderer(Terminal.colorful(common.noColor), gate.root)
          .render(outcome, spec.commandLine().getOut());
      return;
    }
    ReportFile.write(output, file -> format.renderer(false, gate.root).render(outcome, file));
    spec.commandLine()
        .getErr()
        .println(TextRenderer.summary(outcome) + " -> " + Printable.line(output.toString()));
  }

  private boolean known(Path path) {
    if (Inputs.isKnownKind(path)) {
      return true;
    }
    spec.commandLine()
        .getErr()
        .println(
            "payflow: skipped "
                + Printable.line(path.toString())
                + " (not a topology, a plan or Terraform JSON)");
    return false;
  }

  /** Large plans take a moment: say what is happening, on a terminal only. */
  private void progress(Path path) {
    try {
      if (System.console() != null
          && Files.isRegularFile(path)
          && Files.size(path) > 8L * 1024 * 1024) {
        spec.commandLine()
            .getErr()
            .printf(
                "payflow: reading %s (%d MB)...%n",
                Printable.line(path.toString()), Files.size(path) / (1024 * 1024));
      }
    } catch (IOException e) {
      // A progress note only; reading the file reports the real problem.
    }
  }
}
