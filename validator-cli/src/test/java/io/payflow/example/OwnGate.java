package io.payflow.example;

// README: Use as a library (begin)
import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.Format;
import io.payflow.platform.cli.Gate;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A team's own gate: the project config, the inputs, a SARIF report, and the exit decision. */
public final class OwnGate {
  public static int run(Path config, List<Path> inputs, Path sarif) throws Exception {
    Gate gate =
        Gate.builder()
            .config(ProjectConfig.load(config)) // budgets, settings, overrides, waivers
            .today(LocalDate.parse("2026-11-27")) // the day dated rules judge against
            .failOn(FailOn.parse("high"))
            .build();
    Outcome outcome = gate.validate(inputs);
    try (PrintWriter out = new PrintWriter(sarif.toFile(), "UTF-8")) {
      Format.sarif.renderer(false, null).render(outcome, out);
    }
    outcome.findings().forEach(f -> System.out.println(f.finding().ruleId() + " " + f.file()));
    return outcome.exitCode(); // 1 when a finding at or above the threshold remains
  }
}
// README: Use as a library (end)
