package io.payflow.platform.policies.internal;

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
 * One compiled policy, instantiated once and evaluated many times. OPA's Wasm instances are not
 * thread-safe, so evaluation is serialized.
 */
public final class WasmPolicy {
  /** The most linear memory a policy may grow to, in 64 KiB Wasm pages (768 MiB). */
  public static final int MAX_PAGES = 12 * 1024;

  /** How long one evaluation may run, by default, before it is abandoned as a failure (exit 3). */
  public static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("payflow.evaluationTimeoutSeconds", 120));

  private static final ExecutorService EVALUATOR =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "payflow-evaluation");
            t.setDaemon(true);
            return t;
          });

  private final String name;
  private final OpaPolicy policy;
  private Duration timeout = TIMEOUT;

  /** The time bound of each evaluation of this policy. */
  public WasmPolicy timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  private WasmPolicy(String name, OpaPolicy policy) {
    this.name = name;
    this.policy = policy;
  }

  public static WasmPolicy load(
      String name, byte[] wasm, boolean compiler, Map<String, Object> config)
      throws PolicyEvaluationException {
    try {
      OpaPolicy.Builder builder = OpaPolicy.builder().withPolicy(wasm).withMaxMemory(MAX_PAGES);
      if (!compiler) {
        builder.disableCompiler();
      }
      OpaPolicy policy = builder.build();
      policy.data(FactsJson.JSON.writeValueAsString(Map.of("config", config)));
      return new WasmPolicy(name, policy);
    } catch (JsonProcessingException e) {
      throw new PolicyEvaluationException(
          "cannot encode the rules' settings: " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException(name + ": cannot load policy Wasm: " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  /** The raw result of the module's first entrypoint for one input. */
  public synchronized String evaluate(String input) throws PolicyEvaluationException {
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
