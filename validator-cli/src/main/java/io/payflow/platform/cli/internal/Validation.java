package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.policies.FactsMerge;
import io.payflow.platform.policies.Finding;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.policies.Report;
import io.payflow.platform.policies.Severity;
import io.payflow.platform.policies.SourceLocation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads inputs, evaluates them, and applies the project's severity overrides and waivers; {@code
 * Gate} is its public face.
 */
public final class Validation {
  private final PolicyEngine engine;
  private final ProjectConfig config;
  private final LocalDate today;
  private final TopologyLines topologyLines;

  public Validation(PolicyEngine engine, ProjectConfig config, LocalDate today, SourceRoot root) {
    this.engine = engine;
    this.config = config;
    this.today = today;
    this.topologyLines = new TopologyLines(root);
  }

  public static PolicyEngine engine(ProjectConfig config, List<Path> userBundles, LocalDate today)
      throws PolicyEvaluationException {
    PolicyEngine.Builder builder =
        PolicyEngine.builder().config(config.ruleSettings()).today(today);
    userBundles.forEach(builder::userBundle);
    return builder.build();
  }

  /** {@link #engine}, loading on another thread; {@link #await} gives it or its failure. */
  public static CompletableFuture<PolicyEngine> engineInBackground(
      ProjectConfig config, List<Path> userBundles, LocalDate today) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return engine(config, userBundles, today);
          } catch (PolicyEvaluationException e) {
            throw new CompletionException(e);
          }
        });
  }

  public static PolicyEngine await(CompletableFuture<PolicyEngine> engine)
      throws PolicyEvaluationException {
    try {
      return engine.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof PolicyEvaluationException failed) {
        throw failed;
      }
      if (e.getCause() instanceof RuntimeException bug) {
        throw bug;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * A topology is a whole estate and is evaluated alone; Terraform inputs (plans, stacks,
   * cdktf.out/) are parts of one estate and are evaluated together, so that three per-environment
   * plans still show a VPC overlap between two of them.
   */
  public Outcome run(List<Input> inputs, FailOn failOn) throws PolicyEvaluationException {
    List<Outcome.Source> sources = new ArrayList<>();
    List<Outcome.Located> active = new ArrayList<>();
    List<Outcome.Located> waived = new ArrayList<>();
    List<Input> terraform = new ArrayList<>();
    List<Outcome.EnvironmentCost> costs = new ArrayList<>();
    List<Outcome.Estate> estates = new ArrayList<>();
    for (Input input : inputs) {
      sources.add(new Outcome.Source(input.name(), input.kind()));
      if (input.kind() == InputKind.TOPOLOGY) {
        costs.addAll(CostSummary.of(facts(input.facts()), config.budgets()));
        estates.add(new Outcome.Estate(input.name(), facts(input.facts())));
        Report report = engine.evaluate(input.facts());
        report.findings().forEach(f -> place(f, input, active, waived));
      } else {
        terraform.add(input);
      }
    }
    if (terraform.size() == 1) {
      costs.addAll(CostSummary.of(facts(terraform.get(0).facts()), config.budgets()));
      estates.add(new Outcome.Estate(terraform.get(0).name(), facts(terraform.get(0).facts())));
      engine
          .evaluate(terraform.get(0).facts())
          .findings()
          .forEach(f -> place(f, terraform.get(0), active, waived));
    } else if (terraform.size() > 1) {
      FactsMerge merge;
      try {
        merge = FactsMerge.of(terraform);
      } catch (InputException e) {
        throw new UserError(e.getMessage(), e);
      }
      costs.addAll(CostSummary.of(facts(merge.facts()), config.budgets()));
      estates.add(
          new Outcome.Estate(
              String.join(" + ", terraform.stream().map(Input::name).toList()),
              facts(merge.facts())));
      for (Finding f : engine.evaluate(merge.facts()).findings()) {
        place(f, terraform.get(merge.inputOf(f.address())), active, waived);
      }
    }
    List<ProjectConfig.Waiver> expired =
        config.waivers().stream().filter(w -> w.expiredOn(today)).toList();
    return new Outcome(sources, active, waived, expired, engine.rules(), failOn, costs, estates);
  }

  private static io.payflow.platform.policies.Facts facts(
      io.payflow.platform.policies.FactsDocument document) {
    try {
      return document.facts();
    } catch (InputException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private void place(
      Finding raw, Input input, List<Outcome.Located> active, List<Outcome.Located> waived) {
    Finding finding = overridden(raw);
    Optional<SourceLocation> found = input.locate(finding.path());
    Optional<SourceLocation> topology =
        input.kind() == InputKind.TOPOLOGY
            ? Optional.empty()
            : input.origin(finding.address()).flatMap(topologyLines::locate);
    Optional<SourceLocation> at = topology.isPresent() ? topology : found;
    String file = at.map(SourceLocation::file).orElse(input.name());
    int line = at.map(SourceLocation::line).orElse(0);
    int column = at.map(SourceLocation::column).orElse(0);
    Outcome.Place foundIn =
        topology.isEmpty()
            ? null
            : found
                .map(f -> new Outcome.Place(f.file(), f.line(), f.column()))
                .orElse(new Outcome.Place(input.name(), 0, 0));
    Optional<ProjectConfig.Waiver> waiver = activeWaiver(finding);
    String reason = waiver.map(ProjectConfig.Waiver::reason).orElse(null);
    (waiver.isPresent() ? waived : active)
        .add(new Outcome.Located(finding, input.name(), file, line, column, reason, foundIn));
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
