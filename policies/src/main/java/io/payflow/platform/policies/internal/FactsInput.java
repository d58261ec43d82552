package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.PolicyEvaluationException;

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
}
