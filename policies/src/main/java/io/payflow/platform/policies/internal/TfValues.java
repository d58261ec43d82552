package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading Terraform values that may be lists-of-one, interpolations or absent. */
final class TfValues {
  /** A whole-value interpolation such as {@code ${aws_vpc.vpc.id}}. */
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]*)\\}");

  private static final Pattern REFERENCE =
      Pattern.compile(
          "((?:module\\.[A-Za-z0-9_-]+(?:\\[[^]]*\\])?\\.)*(?:data\\.)?[A-Za-z][A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+(?:\\[[^]]*\\])?)");

  private TfValues() {}

  static JsonNode unwrap(JsonNode node) {
    if (node != null && node.isArray() && node.size() == 1 && node.get(0).isObject()) {
      return node.get(0);
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  /** True for a string that is (or contains) a Terraform interpolation. */
  static boolean isExpression(JsonNode node) {
    return node.isTextual() && node.asText().contains("${");
  }

  /**
   * A literal string value, or null when absent, null, an expression or not a primitive. A number
   * or a boolean where the provider takes text is the text Terraform converts it to (an {@code
   * engine_version} of 11.22 in Terraform JSON is "11.22", a {@code version} of 1.30 is "1.3"):
   * read as absent, a version the rules would refuse passed unseen.
   */
  static String literal(JsonNode node) {
    if (node.isTextual()) {
      return isExpression(node) ? null : node.asText();
    }
    if (node.isBoolean()) {
      return String.valueOf(node.booleanValue());
    }
    if (node.isNumber()) {
      BigDecimal number =
          node.isFloatingPointNumber() && !node.isBigDecimal()
              ? BigDecimal.valueOf(node.doubleValue())
              : node.decimalValue();
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
    return null;
  }

  static Boolean bool(JsonNode node) {
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
      return Boolean.parseBoolean(node.asText());
    }
    return null;
  }

  /** The expressions inside {@code ${...}} of a CDKTF value, e.g. {@code aws_vpc.vpc.id}. */
  static List<String> interpolations(JsonNode node) {
    List<String> found = new ArrayList<>();
    if (node.isTextual()) {
      Matcher m = INTERPOLATION.matcher(node.asText());
      while (m.find()) {
        found.add(m.group(1).strip());
      }
    }
    return found;
  }

  /**
   * Resource-like references in an expression: {@code aws_vpc.vpc.id} gives {@code aws_vpc.vpc}.
   */
  static List<String> references(String expression) {
    List<String> refs = new ArrayList<>();
    Matcher m = REFERENCE.matcher(expression);
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(
          v -> {
            if (v.isTextual()) {
              values.add(v.asText());
            }
          });
    }
    return values;
  }
}
