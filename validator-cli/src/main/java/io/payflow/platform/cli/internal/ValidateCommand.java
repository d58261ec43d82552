package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.Format;
import io.payflow.platform.cli.Gate;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.policies.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Inputs; the kind is detected from the content.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = FailOnConverter.class,
      description =
          "Exit 1 on findings at or above this severity: critical, high, medium, low, info, or none to never fail (default: high, or fail_on in the config).")
  FailOn failOn;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "Repository root that SARIF paths are relative to, and where the topology a synthesized"
              + " stack names is found (default: the enclosing git checkout).")
  Path root;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description =
          "Judge dates (support windows, waiver expiry, catalog age) as of DATE (YYYY-MM-DD):"
              + " will the estate still pass next quarter? Default: today.")
  LocalDate today;

  @Option(
      names = "--skip-unknown",
      description =
          "Skip, with a note, files that are not a topology, a plan or Terraform JSON (for hooks"
              + " that pass every YAML and JSON file of a commit).")
  boolean skipUnknown;

  @Option(
      names = "--policy-bundle",
      paramLabel = "FILE",
      description = "A bundle of your own rules, built with `opa build -t wasm`. Repeatable.")
  List<Path> bundles = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Project config (default: the nearest .payflow.yaml upward).")
  Path config;

  @Override
  public Integer call() throws Exception {
    Gate.Builder gate = Gate.builder().config(ProjectConfig.load(config)).root(root).failOn(failOn);
    if (today != null) {
      gate.today(today);
    }
    bundles.forEach(gate::policyBundle);
    List<Path> selected = paths;
    if (skipUnknown) {
      selected = paths.stream().filter(this::known).toList();
    }
    Outcome outcome = gate.build().validate(selected, this::progress);
    write(outcome);
    return outcome.exitCode();
  }

  private void write(Outcome outcome) throws Exception {
    if (output == null) {
      format
          .renderer(Terminal.colorful(common.noColor), root)
          .render(outcome, spec.commandLine().getOut());
      return;
    }
    ReportFile.write(output, file -> format.renderer(false, root).render(outcome, file));
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
