package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.BundleFiles;
import io.payflow.platform.policies.internal.FactsInput;
import io.payflow.platform.policies.internal.PathTable;
import io.payflow.platform.policies.internal.RuleCatalog;
import io.payflow.platform.policies.internal.Violations;
import io.payflow.platform.policies.internal.WasmPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the compiled Rego rules in-process (OPA's Wasm, run by Chicory): no OPA binary or
 * server at run time. The built-in bundle is read from the classpath once; a user bundle built with
 * {@code opa build -t wasm} can be evaluated beside it. One engine evaluates one document at a
 * time.
 */
public final class PolicyEngine {
  /**
   * From how many fact entries a document's rules are evaluated in parts, on two cores (README,
   * Speed): a plan of 946 resources ran 7% sooner in parts, one of 9,460 8%, one of 28,380 14%; the
   * reference topology (141 entries) no sooner, so the pre-commit path keeps one instance.
   */
  static final int PARTS_FROM_ENTRIES = 1_000;

  private final WasmPolicy builtIn;
  private final List<WasmPolicy> userBundles;
  private final RuleCatalog catalog;
  private final int partsFrom;

  private PolicyEngine(
      WasmPolicy builtIn, List<WasmPolicy> userBundles, RuleCatalog catalog, int partsFrom) {
    this.builtIn = builtIn;
    this.userBundles = List.copyOf(userBundles);
    this.catalog = catalog;
    this.partsFrom = partsFrom;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts loading the bundled rules on another thread, for the next {@link Builder#build()} of
   * this process to take, so that a command line can be parsed meanwhile. Of any use only to a
   * process that builds one engine soon after (a command-line run); nothing changes what an engine
   * finds. A load that fails here is made again, and fails, in {@code build()}.
   */
  public static void loadAhead() {
    WasmPolicy.precompiledAhead();
  }

  /** The built-in rules' metadata, without loading (and compiling) the policy. */
  public static List<Rule> builtInRules() throws PolicyEvaluationException {
    return RuleCatalog.builtIn().rules();
  }

  /** The rules of the built-in bundle, in id order. */
  public List<Rule> rules() {
    return catalog.rules();
  }

  public Optional<Rule> rule(String id) {
    return catalog.byId(id);
  }

  /** Every finding of every bundle for one facts document; an evaluation that fails throws. */
  public Report evaluate(FactsDocument given) throws PolicyEvaluationException {
    // OPA's Wasm reads malformed input as "no input" and finds nothing: a document that did not
    // come from an adapter is checked before it is evaluated, and given the cost summary the
    // budget rules read, derived from its lines as an adapter's facts have it.
    FactsDocument facts =
        given.typed()
            ? given
            : FactsDocument.ofJson(FactsInput.withCostSummary(FactsInput.check(given.json())));
    if (inParts(facts)) {
      List<RuleCatalog.Part> parts = catalog.parts();
      // By identity: a record's equals is linked on its first call (java.lang.runtime's
      // ObjectMethods, cold), about 10 ms on an evaluation thread as its part started.
      Map<RuleCatalog.Part, PathTable> paths = new IdentityHashMap<>();
      parts.forEach(part -> paths.put(part, new PathTable()));
      List<String> results =
          builtIn.evaluateParts(parts, part -> facts.sections(part.sections(), paths.get(part)));
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        findings.addAll(Violations.fromBuiltIn(results.get(i), catalog, paths.get(parts.get(i))));
      }
      return new Report(findings);
    }
    byte[] input = facts.evaluationInput();
    List<Finding> findings =
        new ArrayList<>(Violations.fromBuiltIn(builtIn.evaluate(input), catalog));
    for (WasmPolicy user : userBundles) {
      findings.addAll(Violations.fromUserBundle(user.evaluate(input), user.name()));
    }
    return new Report(findings);
  }

  /**
   * A document an adapter built, of {@link #PARTS_FROM_ENTRIES} entries and more, with the bundled
   * rules alone, is evaluated in parts: each part's sections serialized and evaluated on its own
   * thread and Wasm instance. With user bundles too, it is serialized whole once, for all of them;
   * a document given as JSON is evaluated as given (split, it would be parsed again per part).
   */
  private boolean inParts(FactsDocument facts) {
    return (facts.typed() || partsFrom == 0)
        && userBundles.isEmpty()
        && builtIn.evaluatesInParts()
        && !catalog.parts().isEmpty()
        && facts.entries() >= partsFrom;
  }

  /** How the engine runs policy Wasm; the README's benchmark shows what each costs. */
  public enum Execution {
    /**
     * The bundled rules from JVM bytecode compiled at build time (no compilation at start-up); user
     * bundles compiled when loaded. The default.
     */
    PRECOMPILED,
    /** Every module, the bundled one included, compiled to JVM bytecode when loaded. */
    COMPILED,
    /** Every module interpreted: the fastest load, the slowest evaluation. */
    INTERPRETED
  }

  /** Configures an engine. */
  public static final class Builder {
    private final List<Path> userBundles = new ArrayList<>();
    private Map<String, Object> config = Map.of();
    private Execution execution = Execution.PRECOMPILED;
    private java.time.Duration timeout = WasmPolicy.TIMEOUT;
    private java.time.LocalDate today = io.payflow.platform.topology.Today.get();
    private int partsFrom = PARTS_FROM_ENTRIES;

    /**
     * Whether a large document's bundled rules are evaluated in two parts on two threads at once
     * (the default), or on one: for an application that already evaluates on every core.
     */
    public Builder inParts(boolean enabled) {
      this.partsFrom = enabled ? PARTS_FROM_ENTRIES : Integer.MAX_VALUE;
      return this;
    }

    /**
     * From how many fact entries to evaluate in parts; for tests of both paths. At 0, a document
     * given as JSON is split too (the rule fixtures are JSON with keys of their own).
     */
    Builder partsFrom(int entries) {
      this.partsFrom = entries;
      return this;
    }

    /**
     * The day rules judge dates against (support windows, catalog staleness): today unless a test
     * or a what-if run says otherwise. Given to the rules as {@code data.config.today}.
     */
    public Builder today(java.time.LocalDate today) {
      this.today = today;
      return this;
    }

    /** The most one evaluation may take; past it, evaluation fails (never a pass). */
    public Builder timeout(java.time.Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    private Builder() {}

    /** Adds a bundle ({@code .tar.gz} from opa build, or a bare {@code .wasm}). */
    public Builder userBundle(Path bundle) {
      userBundles.add(bundle);
      return this;
    }

    /** Overrides of the rules' settings ({@code data.config}): budgets, thresholds, lists. */
    public Builder config(Map<String, Object> config) {
      this.config = Map.copyOf(config);
      return this;
    }

    /**
     * Whether policies run as JVM bytecode ({@link Execution#PRECOMPILED}, the default) or are
     * interpreted ({@link Execution#INTERPRETED}).
     */
    public Builder compiler(boolean enabled) {
      return execution(enabled ? Execution.PRECOMPILED : Execution.INTERPRETED);
    }

    /** How policy Wasm runs; see {@link Execution}. */
    public Builder execution(Execution execution) {
      this.execution = java.util.Objects.requireNonNull(execution, "execution");
      return this;
    }

    public PolicyEngine build() throws PolicyEvaluationException {
      Map<String, Object> config = new java.util.HashMap<>(this.config);
      config.putIfAbsent("today", today.toString());
      boolean compiler = execution != Execution.INTERPRETED;
      WasmPolicy builtIn =
          execution == Execution.PRECOMPILED
              ? WasmPolicy.precompiled(config)
              : WasmPolicy.load("built-in", BundleFiles.builtInWasm(), compiler, config);
      builtIn.timeout(timeout);
      List<WasmPolicy> users = new ArrayList<>();
      for (Path bundle : userBundles) {
        users.add(
            WasmPolicy.load(bundle.toString(), BundleFiles.readUserBundle(bundle), compiler, config)
                .timeout(timeout));
      }
      return new PolicyEngine(builtIn, users, RuleCatalog.builtIn(), partsFrom);
    }
  }
}
