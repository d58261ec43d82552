package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.Gate;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.policies.InputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that set up the gate, shared by the commands that judge (validate, report). */
final class GateOptions {
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
      converter = IsoDateConverter.class,
      description =
          "Judge dates (support windows, waiver expiry, catalog age) as of DATE (YYYY-MM-DD):"
              + " will the estate still pass next quarter? Default: today (UTC).")
  LocalDate today;

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

  /** The gate these options describe. */
  Gate gate() throws InputException {
    Gate.Builder gate = Gate.builder().config(ProjectConfig.load(config)).root(root).failOn(failOn);
    if (today != null) {
      gate.today(today);
    }
    bundles.forEach(gate::policyBundle);
    return gate.build();
  }
}
