package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Finding;
import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.policies.Rule;
import io.payflow.platform.policies.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Wasm result into findings. Anything unexpected in the result is an evaluation error,
 * never an empty (passing) report.
 */
public final class Violations {
  private Violations() {}

  public static List<Finding> fromBuiltIn(String result, RuleCatalog catalog)
      throws PolicyEvaluationException {
    return fromBuiltIn(result, catalog, null);
  }

  /**
   * As {@link #fromBuiltIn(String, RuleCatalog)}, for an input whose locations were written as
   * their numbers in {@code paths}: each finding is given its location back.
   */
  public static List<Finding> fromBuiltIn(String result, RuleCatalog catalog, PathTable paths)
      throws PolicyEvaluationException {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode v : violations(result, "built-in")) {
      String pkg = text(v, "rule", "built-in");
      Rule rule =
          catalog
              .byPackage(pkg)
              .orElseThrow(
                  () ->
                      new PolicyEvaluationException(
                          "built-in policy returned a violation of unknown rule package '"
                              + pkg
                              + "'",
                          null));
      Severity severity =
          v.hasNonNull("severity") ? Severity.parse(v.get("severity").asText()) : rule.severity();
      findings.add(
          new Finding(
              rule.id(),
              severity,
              rule.title(),
              text(v, "address", pkg),
              v.path("environment").asText("unattributed"),
              text(v, "message", pkg),
              rule.remediation(),
              location(v.path("path"), paths)));
    }
    return findings;
  }

  /** A finding's location: as written, or by its number in the input's table. */
  private static String location(JsonNode path, PathTable paths) throws PolicyEvaluationException {
    if (paths == null || !path.isInt()) {
      return path.asText("");
    }
    String location = paths.location(path.intValue());
    if (location == null) {
      throw new PolicyEvaluationException(
          "built-in policy returned a violation at location #"
              + path.intValue()
              + ", which its input never numbered",
          null);
    }
    return location;
  }

  /** A user bundle's violations carry their own id and severity. */
  public static List<Finding> fromUserBundle(String result, String bundle)
      throws PolicyEvaluationException {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode v : violations(result, bundle)) {
      Severity severity;
      try {
        severity = Severity.parse(text(v, "severity", bundle));
      } catch (IllegalArgumentException e) {
        throw new PolicyEvaluationException(bundle + ": violation severity " + e.getMessage(), e);
      }
      findings.add(
          new Finding(
              text(v, "id", bundle),
              severity,
              v.path("title").asText(""),
              text(v, "address", bundle),
              v.path("environment").asText("unattributed"),
              text(v, "message", bundle),
              v.path("remediation").asText(""),
              v.path("path").asText("")));
    }
    return findings;
  }

  private static JsonNode violations(String result, String bundle)
      throws PolicyEvaluationException {
    JsonNode root;
    try {
      root = FactsJson.JSON.readTree(result);
    } catch (IOException e) {
      throw new PolicyEvaluationException(bundle + ": policy returned malformed JSON", e);
    }
    if (!root.isArray() || root.size() != 1 || !root.get(0).has("result")) {
      throw new PolicyEvaluationException(
          bundle + ": policy returned no result set (is the entrypoint a set of violations?)",
          null);
    }
    JsonNode set = root.get(0).get("result");
    if (!set.isArray()) {
      throw new PolicyEvaluationException(
          bundle + ": entrypoint result is not a set of violations", null);
    }
    return set;
  }

  private static String text(JsonNode v, String field, String origin)
      throws PolicyEvaluationException {
    JsonNode value = v.get(field);
    if (value == null || !value.isTextual()) {
      throw new PolicyEvaluationException(
          origin + ": violation without a '" + field + "' string: " + v, null);
    }
    return value.asText();
  }
}
