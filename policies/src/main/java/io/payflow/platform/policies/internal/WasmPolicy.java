package io.payflow.platform.policies.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.styra.opa.wasm.OpaPolicy;
import io.payflow.platform.policies.PolicyEvaluationException;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One policy, instantiated once and evaluated many times: the bundled one compiled at build time
 * ({@link #precompiled}), or any module through opa-java-wasm, compiled at load or interpreted
 * ({@link #load}). OPA's Wasm instances are not thread-safe, so evaluation is serialized; the
 * bundled policy can also evaluate its rules in parts, each on an instance of its own, at once
 * ({@link #evaluateParts}).
 */
public final class WasmPolicy {
  /** The most linear memory one Wasm instance may grow to, in 64 KiB Wasm pages (768 MiB). */
  public static final int MAX_PAGES = 12 * 1024;

  /** How long one evaluation may run, by default, before it is abandoned as a failure (exit 3). */
  public static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("payflow.evaluationTimeoutSeconds", 120));

  private static final ExecutorService EVALUATOR =
      Executors.newCachedThreadPool(DaemonThreads.named("payflow-evaluation"));

  /** The bundled policy's entrypoint of every rule; its parts have two more (RuleCatalog.Part). */
  static final String ENTRYPOINT = "payflow/main/violations";

  /** One loaded module's evaluation: the input document in, the result set out. */
  private interface Evaluation {
    String evaluate(byte[] input);
  }

  private final String name;
  private final Evaluation policy;
  private Duration timeout = TIMEOUT;

  /** The bundled policy's instances, one per part, the first one evaluating whole documents too. */
  private final List<OpaAbiHost> instances = new ArrayList<>();

  /** A new instance of the bundled policy, for a part; null for a policy that has no parts. */
  private final Supplier<OpaAbiHost> newInstance;

  /** The time bound of each evaluation of this policy. */
  public WasmPolicy timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  private WasmPolicy(String name, Evaluation policy, Supplier<OpaAbiHost> newInstance) {
    this.name = name;
    this.policy = policy;
    this.newInstance = newInstance;
  }

  /**
   * The bundled policy from the classes the build compiled it to (no Wasm compilation at run time),
   * with the rules' settings as {@code data.config}.
   */
  /** Starts making the bundled policy's first instance on another thread (see PolicyEngine). */
  public static void precompiledAhead() {
    OpaAbiHost.bundledAhead(MAX_PAGES);
  }

  public static WasmPolicy precompiled(Map<String, Object> config)
      throws PolicyEvaluationException {
    try {
      String data = data(config);
      OpaAbiHost host = OpaAbiHost.bundled(MAX_PAGES, data, ENTRYPOINT);
      WasmPolicy policy =
          new WasmPolicy(
              "built-in", host::evaluate, () -> OpaAbiHost.bundled(MAX_PAGES, data, ENTRYPOINT));
      policy.instances.add(host);
      return policy;
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException(
          "built-in: cannot load the compiled policy: " + Text.safe(String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * The rules' {@code data}, written as the facts are ({@link FactsWriter}: settings are maps,
   * lists, strings, numbers and booleans from the project config), without the mapper's serializers
   * (10 ms of a cold policy load).
   */
  static String data(Map<String, Object> config) throws PolicyEvaluationException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FactsJson.JSON.getFactory().createGenerator(out)) {
      FactsWriter.write(json, Map.of("config", config));
    } catch (IOException e) {
      throw new PolicyEvaluationException(
          "cannot encode the rules' settings: "
              + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()),
          e);
    }
    return out.toString();
  }

  /** Any policy module through opa-java-wasm: compiled at load, or interpreted. */
  public static WasmPolicy load(
      String name, byte[] wasm, boolean compiler, Map<String, Object> config)
      throws PolicyEvaluationException {
    try {
      OpaPolicy.Builder builder = OpaPolicy.builder().withPolicy(wasm).withMaxMemory(MAX_PAGES);
      if (!compiler) {
        builder.disableCompiler();
      }
      OpaPolicy policy = builder.build();
      policy.data(data(config));
      return new WasmPolicy(name, input -> policy.evaluate(new String(input, UTF_8)), null);
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException(name + ": cannot load policy Wasm: " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  /** The raw result of the module's first entrypoint for one input (JSON, UTF-8). */
  public synchronized String evaluate(byte[] input) throws PolicyEvaluationException {
    return await(EVALUATOR.submit(() -> policy.evaluate(input)), System.nanoTime());
  }

  /** True for the bundled policy, whose rules can be evaluated in parts. */
  public boolean evaluatesInParts() {
    return newInstance != null;
  }

  /**
   * The raw results of the parts' entrypoints, each on an instance of its own and at once (the
   * second instance is made at its first use): a large document's evaluation on both cores. Each
   * part's input is written on the thread that evaluates it.
   */
  public synchronized List<String> evaluateParts(
      List<RuleCatalog.Part> parts, Function<RuleCatalog.Part, PolicyInput> input)
      throws PolicyEvaluationException {
    if (!evaluatesInParts()) {
      throw new IllegalStateException(name + " has no parts");
    }
    long start = System.nanoTime();
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int index = i;
      RuleCatalog.Part part = parts.get(i);
      results.add(
          EVALUATOR.submit(
              () -> {
                OpaAbiHost host = instance(index);
                return host.evaluate(input.apply(part), host.entrypoint(part.entrypoint()));
              }));
    }
    List<String> out = new ArrayList<>();
    try {
      for (Future<String> result : results) {
        out.add(await(result, start));
      }
    } finally {
      results.forEach(r -> r.cancel(true));
    }
    return out;
  }

  private OpaAbiHost instance(int index) {
    synchronized (instances) {
      while (instances.size() <= index) {
        instances.add(newInstance.get());
      }
      return instances.get(index);
    }
  }

  /** A result within the time bound counted from {@code start}; a failure is never a pass. */
  private String await(Future<String> result, long start) throws PolicyEvaluationException {
    long left = timeout.toNanos() - (System.nanoTime() - start);
    try {
      return result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new PolicyEvaluationException(
          name
              + ": policy evaluation did not finish within "
              + timeout.toMillis() / 1000.0
              + " s (a rule that does not scale, or an input too large for it)",
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String what =
          cause instanceof OutOfMemoryError
              ? "ran out of memory"
              : cause != null && cause.getMessage() != null
                  ? Text.safe(cause.getMessage().lines().findFirst().orElse(""))
                  : "failed";
      throw new PolicyEvaluationException(name + ": policy evaluation failed: " + what, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.cancel(true);
      throw new PolicyEvaluationException(name + ": policy evaluation was interrupted", e);
    }
  }
}
