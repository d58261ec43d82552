package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.payflow.platform.policies.internal.OpaAbiHost.PolicyAbort;

/**
 * Rego's {@code sprintf} for the compiled policy's host, formatting arguments as opa-java-wasm does
 * on the runtime path (strings as they are, whole numbers in digits, other values as compact JSON),
 * so a finding's message does not depend on how the policy was loaded. The verbs are those of Go's
 * fmt that the rules use: {@code %s}, {@code %v}, {@code %d} and {@code %%}; any other verb, and a
 * count of arguments that does not match, fails the evaluation instead of printing a garbled
 * message.
 */
final class Sprintf {
  private Sprintf() {}

  static JsonNode apply(JsonNode[] operands) {
    if (!operands[0].isTextual() || !operands[1].isArray()) {
      throw new PolicyAbort("sprintf: expects a format string and an array of values");
    }
    return TextNode.valueOf(format(operands[0].textValue(), operands[1]));
  }

  static String format(String format, JsonNode args) {
    StringBuilder out = new StringBuilder(format.length() + 16 * args.size());
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i == format.length()) {
        throw new PolicyAbort("sprintf: the format ends in a lone %");
      }
      char verb = format.charAt(i);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (next == args.size()) {
        throw new PolicyAbort("sprintf: more verbs than values");
      }
      JsonNode value = args.get(next++);
      switch (verb) {
        case 's', 'v' -> out.append(text(value));
        case 'd' -> out.append(whole(value));
        default -> throw new PolicyAbort("sprintf: verb %" + verb + " is not supported");
      }
    }
    if (next != args.size()) {
      throw new PolicyAbort("sprintf: more values than verbs");
    }
    return out.toString();
  }

  private static String text(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return Double.toString(value.doubleValue());
    }
    return value.toString();
  }

  private static String whole(JsonNode value) {
    if (!value.isIntegralNumber()) {
      throw new PolicyAbort("sprintf: %d needs a whole number");
    }
    return value.bigIntegerValue().toString();
  }
}
