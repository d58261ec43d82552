package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Finding;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.Inputs;
import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.policies.Report;
import io.payflow.platform.policies.Severity;
import io.payflow.platform.topology.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads inputs, evaluates them, and applies the project's severity overrides and waivers. */
final class Validation {
  private final PolicyEngine engine;
  private final ProjectConfig config;
  private final LocalDate today;

  Validation(PolicyEngine engine, ProjectConfig config, LocalDate today) {
    this.engine = engine;
    this.config = config;
    this.today = today;
  }

  static PolicyEngine engine(ProjectConfig config, List<Path> userBundles)
      throws PolicyEvaluationException {
    PolicyEngine.Builder builder = PolicyEngine.builder().config(config.ruleSettings());
    userBundles.forEach(builder::userBundle);
    return builder.build();
  }

  static Input read(Path path) {
    try {
      return Inputs.read(path, path.toString());
    } catch (InputException e) {
      throw new io.payflow.platform.cli.internal.InputException(e.getMessage(), e);
    }
  }

  Outcome run(List<Input> inputs, Severity failOn) throws PolicyEvaluationException {
    List<Outcome.Source> sources = new ArrayList<>();
    List<Outcome.Located> active = new ArrayList<>();
    List<Outcome.Located> waived = new ArrayList<>();
    for (Input input : inputs) {
      sources.add(new Outcome.Source(input.name(), input.kind()));
      Report report = engine.evaluate(input.facts());
      for (Finding raw : report.findings()) {
        Finding finding = overridden(raw);
        Optional<SourcePosition> at = input.locate(finding.path());
        int line = at.map(SourcePosition::line).orElse(0);
        int column = at.map(SourcePosition::column).orElse(0);
        Optional<ProjectConfig.Waiver> waiver = activeWaiver(finding);
        if (waiver.isPresent()) {
          waived.add(
              new Outcome.Located(finding, input.name(), line, column, waiver.get().reason()));
        } else {
          active.add(new Outcome.Located(finding, input.name(), line, column, null));
        }
      }
    }
    List<ProjectConfig.Waiver> expired =
        config.waivers().stream().filter(w -> w.expiredOn(today)).toList();
    return new Outcome(sources, active, waived, expired, engine.rules(), failOn);
  }

  private Finding overridden(Finding f) {
    Severity severity =
        config.severity().entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase(f.ruleId()))
            .map(java.util.Map.Entry::getValue)
            .findFirst()
            .orElse(f.severity());
    return severity == f.severity()
        ? f
        : new Finding(
            f.ruleId(),
            severity,
            f.title(),
            f.address(),
            f.environment(),
            f.message(),
            f.remediation(),
            f.path());
  }

  private Optional<ProjectConfig.Waiver> activeWaiver(Finding f) {
    return config.waivers().stream()
        .filter(w -> w.matches(f.ruleId(), f.address()) && !w.expiredOn(today))
        .findFirst();
  }
}
