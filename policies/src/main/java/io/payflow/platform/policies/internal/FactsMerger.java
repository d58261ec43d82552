package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Concatenates facts collections of several inputs. Terraform addresses are unique only within one
 * state, so when two inputs use the same address (every stack calls its VPC aws_vpc.vpc), each
 * input's addresses and the references between its facts are qualified with its environment ({@code
 * production:aws_vpc.vpc}), as CDKTF stacks already are. Environments met twice (a plan's, whose
 * backend is unknown, and a stack's) merge into the one that knows more.
 */
public final class FactsMerger {
  /** Fact fields that hold another fact's address. */
  private static final List<String> REFERENCE_FIELDS = List.of("requester", "accepter", "network");

  private FactsMerger() {}

  public record Result(String json, Map<String, Integer> inputByAddress) {}

  public static Result merge(List<String> documents) throws InputException {
    List<ObjectNode> docs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      try {
        docs.add((ObjectNode) FactsBuilder.JSON.readTree(documents.get(i)));
      } catch (JsonProcessingException | ClassCastException e) {
        throw new InputException("facts of input " + (i + 1) + " are not a JSON object", e);
      }
    }
    if (collide(docs)) {
      for (int i = 0; i < docs.size(); i++) {
        qualify(docs.get(i), qualifier(docs.get(i), i));
      }
    }
    FactsBuilder merged = new FactsBuilder("merged");
    ObjectNode root = merged.root();
    Map<String, Integer> inputs = new HashMap<>();
    Map<String, ObjectNode> environments = new HashMap<>();
    long unattributed = 0;
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode doc = docs.get(i);
      unattributed += doc.path("source").path("unattributed").asLong(0);
      if (root.path("organisation").path("budget_usd").isNull()
          && doc.path("organisation").path("budget_usd").isNumber()) {
        root.set("organisation", doc.path("organisation").deepCopy());
      }
      for (String collection : FactsBuilder.COLLECTIONS) {
        for (JsonNode fact : doc.path(collection)) {
          int input = i;
          inputs.putIfAbsent(fact.path("address").asText(), input);
          fact.path("subnets").forEach(s -> inputs.putIfAbsent(s.path("address").asText(), input));
          if (collection.equals("environments")) {
            mergeEnvironment(root, environments, (ObjectNode) fact.deepCopy());
          } else {
            ((ArrayNode) root.get(collection)).add(fact.deepCopy());
          }
        }
      }
    }
    root.withObjectProperty("source").put("unattributed", unattributed);
    return new Result(merged.toJson(), inputs);
  }

  private static boolean collide(List<ObjectNode> docs) {
    Set<String> seen = new HashSet<>();
    for (ObjectNode doc : docs) {
      Set<String> own = new HashSet<>();
      for (String collection : FactsBuilder.COLLECTIONS) {
        if (!collection.equals("environments")) {
          doc.path(collection).forEach(f -> own.add(f.path("address").asText()));
        }
      }
      for (String address : own) {
        if (!seen.add(address)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The input's one environment, or its position when it spans several or none. */
  private static String qualifier(ObjectNode doc, int index) {
    Set<String> environments = new TreeSet<>();
    for (String collection : FactsBuilder.COLLECTIONS) {
      if (!collection.equals("environments")) {
        doc.path(collection).forEach(f -> environments.add(f.path("environment").asText()));
      }
    }
    environments.remove("all");
    return environments.size() == 1 && !environments.contains("unattributed")
        ? environments.iterator().next()
        : "input" + (index + 1);
  }

  private static void qualify(ObjectNode doc, String qualifier) {
    for (String collection : FactsBuilder.COLLECTIONS) {
      if (collection.equals("environments")) {
        continue;
      }
      for (JsonNode fact : doc.path(collection)) {
        prefix((ObjectNode) fact, "address", qualifier);
        REFERENCE_FIELDS.forEach(field -> prefix((ObjectNode) fact, field, qualifier));
        fact.path("subnets").forEach(s -> prefix((ObjectNode) s, "address", qualifier));
      }
    }
  }

  private static void prefix(ObjectNode fact, String field, String qualifier) {
    JsonNode value = fact.get(field);
    if (value != null && value.isTextual() && !value.asText().startsWith(qualifier + ":")) {
      fact.put(field, qualifier + ":" + value.asText());
    }
  }

  private static void mergeEnvironment(
      ObjectNode root, Map<String, ObjectNode> seen, ObjectNode env) {
    String name = env.path("name").asText();
    ObjectNode existing = seen.get(name);
    if (existing == null) {
      seen.put(name, env);
      ((ArrayNode) root.get("environments")).add(env);
      return;
    }
    boolean existingUnknown = existing.path("unknown").toString().contains("\"state\"");
    boolean incomingKnown = !env.path("unknown").toString().contains("\"state\"");
    if (existingUnknown && incomingKnown) {
      existing.set("state", env.get("state"));
      existing.set("unknown", env.get("unknown"));
    }
    if (existing.path("budget_usd").isNull() && env.path("budget_usd").isNumber()) {
      existing.set("budget_usd", env.get("budget_usd"));
    }
    if (existing.path("depends_on").isEmpty() && !env.path("depends_on").isEmpty()) {
      existing.set("depends_on", env.get("depends_on"));
    }
  }
}
