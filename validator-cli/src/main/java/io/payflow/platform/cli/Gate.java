package io.payflow.platform.cli;

import io.payflow.platform.cli.internal.InputPaths;
import io.payflow.platform.cli.internal.SourceRoot;
import io.payflow.platform.cli.internal.UserError;
import io.payflow.platform.cli.internal.Validation;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.topology.Today;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The gate as a library: what {@code payflow validate} does, for a team that builds its own gate.
 * Reads topologies, {@code terraform show -json} plans, Terraform JSON and {@code cdktf.out/}
 * directories; evaluates the bundled rules (and any policy bundles of your own) with the project's
 * config (budgets, settings, severity overrides, waivers); gives one {@link Outcome} with its exit
 * decision, which any {@link Format} renders.
 *
 * <pre>{@code
 * Gate gate = Gate.builder().config(ProjectConfig.load(Path.of(".payflow.yaml"))).build();
 * Outcome outcome = gate.validate(List.of(Path.of("plan.json")));
 * Format.sarif.renderer(false, null).render(outcome, writer);
 * System.exit(outcome.exitCode());
 * }</pre>
 */
public final class Gate {
  private final ProjectConfig config;
  private final LocalDate today;
  private final List<Path> bundles;
  private final Path root;
  private final FailOn failOn;

  private Gate(Builder builder) {
    this.config = builder.config;
    this.today = builder.today != null ? builder.today : Today.get();
    this.bundles = List.copyOf(builder.bundles);
    this.root = builder.root;
    this.failOn = builder.failOn;
  }

  /** A gate with the defaults: no config file, today's date, the bundled rules, fail on high. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads each input (a file or a {@code cdktf.out/} directory) once, then evaluates them. */
  public Outcome validate(List<Path> inputs) throws InputException, PolicyEvaluationException {
    return validate(inputs, path -> {});
  }

  /** As {@link #validate(List)}, telling {@code progress} of each input as it is read. */
  public Outcome validate(List<Path> inputs, Consumer<Path> progress)
      throws InputException, PolicyEvaluationException {
    // The policy loads on the other core while the inputs are read: on the pre-commit path the
    // two take about as long as each other.
    CompletableFuture<PolicyEngine> engine = Validation.engineInBackground(config, bundles, today);
    List<Input> read;
    try {
      read = InputPaths.readAll(inputs, progress);
    } catch (UserError e) {
      throw inputError(e);
    }
    return evaluate(read, Validation.await(engine));
  }

  /**
   * Evaluates inputs already read ({@code Inputs.read}): a topology alone, Terraform inputs
   * together as one estate.
   */
  public Outcome evaluate(List<Input> inputs) throws InputException, PolicyEvaluationException {
    return evaluate(inputs, Validation.engine(config, bundles, today));
  }

  private Outcome evaluate(List<Input> inputs, PolicyEngine engine)
      throws InputException, PolicyEvaluationException {
    try {
      return new Validation(engine, config, today, SourceRoot.of(root))
          .run(new ArrayList<>(inputs), config.threshold(failOn));
    } catch (UserError e) {
      throw inputError(e);
    }
  }

  private static InputException inputError(UserError e) {
    return e.getCause() instanceof InputException input
        ? input
        : new InputException(e.getMessage(), e);
  }

  /** How a gate is set up; every setting has a default. */
  public static final class Builder {
    private ProjectConfig config = ProjectConfig.NONE;
    private LocalDate today;
    private final List<Path> bundles = new ArrayList<>();
    private Path root;
    private FailOn failOn;

    private Builder() {}

    /** Budgets, settings, severity overrides and waivers ({@link ProjectConfig#load}). */
    public Builder config(ProjectConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The day dated rules and waivers are judged on (default: today). */
    public Builder today(LocalDate today) {
      this.today = Objects.requireNonNull(today, "today");
      return this;
    }

    /** A bundle of your own rules, built with {@code opa build -t wasm}. Repeatable. */
    public Builder policyBundle(Path bundle) {
      bundles.add(Objects.requireNonNull(bundle, "bundle"));
      return this;
    }

    /** The repository root report paths are relative to (default: the enclosing checkout). */
    public Builder root(Path root) {
      this.root = root;
      return this;
    }

    /** The failure threshold, over the config's {@code fail_on} (default: high). */
    public Builder failOn(FailOn failOn) {
      this.failOn = failOn;
      return this;
    }

    public Gate build() {
      return new Gate(this);
    }
  }
}
