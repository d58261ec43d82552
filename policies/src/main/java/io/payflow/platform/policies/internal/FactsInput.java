package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.PolicyEvaluationException;
import java.util.ArrayList;
import java.util.List;

/** Parses a facts document once and checks it is one the rules understand. */
public final class FactsInput {
  private FactsInput() {}

  public static JsonNode check(String json) throws PolicyEvaluationException {
    JsonNode root;
    try {
      root = FactsJson.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new PolicyEvaluationException(
          "facts document is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new PolicyEvaluationException("facts document is not a JSON object", null);
    }
    String version = root.path("schema_version").asText("");
    if (!FactsDocument.SCHEMA_VERSION.equals(version)) {
      throw new PolicyEvaluationException(
          "facts document has schema_version '"
              + version
              + "' (this engine reads "
              + FactsDocument.SCHEMA_VERSION
              + ")",
          null);
    }
    return root;
  }

  /**
   * The document {@link #check} accepted, with its {@code cost_summary} derived from its costs as
   * typed facts always have it ({@link Facts.CostSummary}): one given is replaced, so the budget
   * rules can never read totals that disagree with the lines. Unpriced lines are kept as given
   * (with keys the typed facts do not know); a line that is not an object, whose {@code
   * monthly_usd} is neither a number nor null or whose environment is not a string, is refused, not
   * counted or skipped.
   */
  public static String withCostSummary(JsonNode checked) throws PolicyEvaluationException {
    ObjectNode document = (ObjectNode) checked;
    JsonNode costs = document.path("costs");
    if (!costs.isMissingNode() && !costs.isNull() && !costs.isArray()) {
      throw notCosts("costs is not a list");
    }
    List<Facts.Cost> lines = new ArrayList<>();
    ArrayNode unpriced = document.arrayNode();
    for (int i = 0; i < costs.size(); i++) {
      JsonNode line = costs.get(i);
      JsonNode usd = line.path("monthly_usd");
      JsonNode environment = line.path("environment");
      if (!line.isObject()
          || !(usd.isNumber() || usd.isNull() || usd.isMissingNode())
          || !(environment.isTextual() || environment.isNull() || environment.isMissingNode())) {
        throw notCosts(
            "costs["
                + i
                + "] is not a cost line (monthly_usd a number or null, environment a name)");
      }
      // What the sums read; the unpriced lines are kept whole, as given.
      lines.add(
          new Facts.Cost(
              null,
              environment.isTextual() ? environment.asText() : null,
              null,
              null,
              null,
              usd.isNumber() ? usd.decimalValue() : null));
      if (!usd.isNumber()) {
        unpriced.add(line);
      }
    }
    Facts.CostSummary sums = Facts.CostSummary.of(lines);
    ObjectNode summary = document.objectNode();
    ObjectNode byEnvironment = summary.putObject("environments");
    sums.environments().forEach(byEnvironment::put);
    summary.put("monthly_usd", sums.monthlyUsd());
    summary.set("unpriced", unpriced);
    document.set("cost_summary", summary);
    try {
      return FactsJson.JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts cannot be serialized", e);
    }
  }

  private static PolicyEvaluationException notCosts(String what) {
    return new PolicyEvaluationException(
        "facts document does not match facts.schema.json: " + what, null);
  }
}
