package io.payflow.platform.policies.bench;

import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.ModelFacts;
import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.Report;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Policy load and evaluation for each way the engine runs the Wasm: compiled at build time (the
 * default), compiled at load (what user bundles get), interpreted. Run with {@code
 * tools/bench-policies.sh}; the README records the figures.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PolicyBenchmark {
  @Param({"PRECOMPILED", "COMPILED", "INTERPRETED"})
  public PolicyEngine.Execution execution;

  private PolicyEngine engine;
  private PolicyEngine oneInstance;
  private FactsDocument reference;
  private FactsDocument generated;

  /**
   * The facts only: the cold benchmarks must find no policy class loaded yet (the CLI, too, has
   * read its input when the policy's classes are first needed). Warm ones load the engine on first
   * use.
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path file = Path.of(System.getProperty("payflow.reference", "examples/payflow.yaml"));
    if (!Files.exists(file)) {
      file = Path.of("..").resolve(file);
    }
    reference = ModelFacts.of(TopologyLoader.load(file));
    // Typed, as an adapter builds facts (a document given as JSON is evaluated whole).
    generated =
        FactsDocument.of(
            io.payflow.platform.policies.internal.FactsJson.read(GeneratedFacts.of(5_000).json()));
  }

  private PolicyEngine engine() throws Exception {
    if (engine == null) {
      engine = PolicyEngine.builder().execution(execution).build();
    }
    return engine;
  }

  /** A cold load, as a pre-commit run pays it: a fresh JVM per fork. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public PolicyEngine loadPolicyCold() throws Exception {
    return PolicyEngine.builder().execution(execution).build();
  }

  /** The first evaluation in a fresh JVM: load plus one evaluation of the reference topology. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public Report loadAndEvaluateReferenceCold() throws Exception {
    return PolicyEngine.builder().execution(execution).build().evaluate(reference);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Report evaluateReferenceWarm() throws Exception {
    return engine().evaluate(reference);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  @Fork(1)
  public Report evaluate5000ResourcesWarm() throws Exception {
    return engine().evaluate(generated);
  }

  /**
   * The same on one Wasm instance ({@code inParts(false)}): what evaluating the rules in two parts
   * at once buys (it changes nothing for the modules opa-java-wasm runs).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  @Fork(1)
  public Report evaluate5000ResourcesWarmOneInstance() throws Exception {
    if (oneInstance == null) {
      oneInstance = PolicyEngine.builder().execution(execution).inParts(false).build();
    }
    return oneInstance.evaluate(generated);
  }
}
