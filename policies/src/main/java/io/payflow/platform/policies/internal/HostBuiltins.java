package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.internal.OpaAbiHost.PolicyAbort;
import java.util.Iterator;
import java.util.Map;

/**
 * The builtins OPA compiles as calls to its host rather than into the module, that {@link
 * OpaAbiHost} provides. A module that declares one it does not provide is refused at load, not when
 * a rule happens to call it.
 */
final class HostBuiltins {
  /** One builtin: JSON operands in, a JSON value out. */
  interface Builtin {
    JsonNode apply(JsonNode[] operands);
  }

  private static final Map<String, Builtin> PROVIDED = Map.of("sprintf", Sprintf::apply);

  private HostBuiltins() {}

  /** The implementations indexed by the ids the module gave them ({@code builtins()} export). */
  static Builtin[] forModule(String declaredJson) {
    JsonNode declared = json(declaredJson);
    int size = 0;
    for (JsonNode id : declared) {
      size = Math.max(size, id.asInt() + 1);
    }
    Builtin[] byId = new Builtin[size];
    for (Iterator<Map.Entry<String, JsonNode>> it = declared.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> builtin = it.next();
      Builtin implementation = PROVIDED.get(builtin.getKey());
      if (implementation == null) {
        throw new PolicyAbort(
            "the bundled policy calls builtin "
                + builtin.getKey()
                + ", which the compiled policy's host does not provide");
      }
      byId[builtin.getValue().asInt()] = implementation;
    }
    return byId;
  }

  static JsonNode json(String text) {
    try {
      return FactsJson.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PolicyAbort("the policy returned JSON that does not parse");
    }
  }
}
