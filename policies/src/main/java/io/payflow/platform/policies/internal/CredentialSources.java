package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a password or token comes from: Secrets Manager, a literal, a variable, or a source that
 * cannot be traced. Reads the plan configuration's expression first (a plan's {@code after} holds
 * the clear-text value whatever its origin), then the CDKTF value's interpolation.
 */
final class CredentialSources {
  private CredentialSources() {}

  /** The source, or null when the attribute is not set at all. */
  static String of(
      TfResource r, String attribute, ModuleWiring wiring, PlanReader.Evidence evidence) {
    if (r.expressions() != null && r.expressions().has(attribute)) {
      String traced =
          traced(r.expressions().path(attribute), modulePrefix(r.localAddress()), wiring, 0);
      return traced == null || traced.equals("literal") || traced.equals("secrets_manager")
          ? traced
          : weigh(r, attribute, traced, evidence);
    }
    JsonNode value = r.values().path(attribute);
    if (value.isMissingNode() || value.isNull()) {
      return r.isUnknown(attribute) ? "unknown" : null;
    }
    if (TfValues.isExpression(value)) {
      List<String> refs = new ArrayList<>();
      TfValues.interpolations(value)
          .forEach(expression -> refs.addAll(TfValues.references(expression)));
      return fromReferences(refs);
    }
    // A clear-text value with no configuration to say where it came from.
    return r.expressions() == null && r.path().startsWith("resource_changes")
        ? "unknown"
        : "literal";
  }

  /**
   * Follows {@code var.x} inside a module to the module call's argument, up to the root module: a
   * literal passed three modules down is still a literal.
   */
  private static String traced(JsonNode expression, String module, ModuleWiring wiring, int depth) {
    if (expression.has("constant_value")) {
      return expression.path("constant_value").isNull() ? null : "literal";
    }
    List<String> refs = strings(expression.path("references"));
    String source = fromReferences(refs);
    if (!source.equals("variable") || module.isEmpty() || depth > 32) {
      return source;
    }
    String variable =
        refs.stream().filter(ref -> ref.startsWith("var.")).findFirst().orElseThrow().substring(4);
    return wiring
        .input(module, variable)
        .map(argument -> traced(argument, parentModule(module), wiring, depth + 1))
        .orElse("variable");
  }

  /** {@code module.a.module.b.aws_db_instance.x} is in module {@code module.a.module.b.}. */
  static String modulePrefix(String address) {
    String plain = Addresses.withoutInstanceKeys(address);
    int cut = plain.lastIndexOf("module.");
    if (cut < 0) {
      return "";
    }
    return plain.substring(0, plain.indexOf('.', cut + "module.".length()) + 1);
  }

  private static String parentModule(String module) {
    String trimmed = module.substring(0, module.length() - 1);
    int cut = trimmed.lastIndexOf("module.");
    return cut <= 0 ? "" : trimmed.substring(0, cut);
  }

  /** When tracing stops at a local or a variable, the clear-text value itself can still tell. */
  private static String weigh(
      TfResource r, String attribute, String traced, PlanReader.Evidence evidence) {
    String value = TfValues.literal(r.values().path(attribute));
    if (value == null || value.isEmpty()) {
      return traced;
    }
    if (evidence.constants().contains(value)) {
      return "literal";
    }
    return evidence.variableValues().contains(value) ? "variable" : traced;
  }

  private static String fromReferences(List<String> refs) {
    if (refs.stream().anyMatch(ref -> ref.contains("aws_secretsmanager_secret_version"))) {
      return "secrets_manager";
    }
    if (refs.stream().anyMatch(ref -> ref.startsWith("var."))) {
      return "variable";
    }
    return "unknown";
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
