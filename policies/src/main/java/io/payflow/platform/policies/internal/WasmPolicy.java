package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.styra.opa.wasm.OpaPolicy;
import io.payflow.platform.policies.PolicyEvaluationException;
import java.util.Map;

/**
 * One compiled policy, instantiated once and evaluated many times. OPA's Wasm instances are not
 * thread-safe, so evaluation is serialized.
 */
public final class WasmPolicy {
  private final String name;
  private final OpaPolicy policy;

  private WasmPolicy(String name, OpaPolicy policy) {
    this.name = name;
    this.policy = policy;
  }

  public static WasmPolicy load(
      String name, byte[] wasm, boolean compiler, Map<String, Object> config)
      throws PolicyEvaluationException {
    try {
      OpaPolicy.Builder builder = OpaPolicy.builder().withPolicy(wasm);
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
    try {
      return policy.evaluate(input);
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException(
          name + ": policy evaluation failed: " + e.getMessage(), e);
    }
  }
}
