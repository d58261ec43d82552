package io.payflow.platform.policies.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.styra.opa.wasm.OpaPolicy;
import io.payflow.platform.policies.PolicyEvaluationException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One policy, instantiated once and evaluated many times: the bundled one compiled at build time
 * ({@link #precompiled}), or any module through opa-java-wasm, compiled at load or interpreted
 * ({@link #load}). OPA's Wasm instances are not thread-safe, so evaluation is serialized.
 */
public final class WasmPolicy {
  /** The most linear memory a policy may grow to, in 64 KiB Wasm pages (768 MiB). */
  public static final int MAX_PAGES = 12 * 1024;

  /** How long one evaluation may run, by default, before it is abandoned as a failure (exit 3). */
  public static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("payflow.evaluationTimeoutSeconds", 120));

  private static final ExecutorService EVALUATOR =
      Executors.newCachedThreadPool(DaemonThreads.named("payflow-evaluation"));

  /** The bundled policy's only entrypoint (tools/build-policies.sh). */
  static final String ENTRYPOINT = "payflow/main/violations";

  /** One loaded module's evaluation: the input document in, the result set out. */
  private interface Evaluation {
    String evaluate(byte[] input);
  }

  private final String name;
  private final Evaluation policy;
  private Duration timeout = TIMEOUT;

  /** The time bound of each evaluation of this policy. */
  public WasmPolicy timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  private WasmPolicy(String name, Evaluation policy) {
    this.name = name;
    this.policy = policy;
  }

  /**
   * The bundled policy from the classes the build compiled it to (no Wasm compilation at run time),
   * with the rules' settings as {@code data.config}.
   */
  public static WasmPolicy precompiled(Map<String, Object> config)
      throws PolicyEvaluationException {
    try {
      OpaAbiHost host = OpaAbiHost.bundled(MAX_PAGES, data(config), ENTRYPOINT);
      return new WasmPolicy("built-in", host::evaluate);
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException(
          "built-in: cannot load the compiled policy: " + Text.safe(String.valueOf(e.getMessage())),
          e);
    }
  }

  private static String data(Map<String, Object> config) throws PolicyEvaluationException {
    try {
      return FactsJson.JSON.writeValueAsString(Map.of("config", config));
    } catch (JsonProcessingException e) {
      throw new PolicyEvaluationException(
          "cannot encode the rules' settings: " + e.getOriginalMessage(), e);
    }
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
      return new WasmPolicy(name, input -> policy.evaluate(new String(input, UTF_8)));
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException(name + ": cannot load policy Wasm: " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  /** The raw result of the module's first entrypoint for one input (JSON, UTF-8). */
  public synchronized String evaluate(byte[] input) throws PolicyEvaluationException {
    Future<String> result = EVALUATOR.submit(() -> policy.evaluate(input));
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
