package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.FactsDocument;
import java.io.UncheckedIOException;

/** The empty facts document with every collection present, and a way to add facts to it. */
public final class FactsBuilder {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public static final String[] COLLECTIONS = {
    "environments",
    "networks",
    "peerings",
    "endpoints",
    "eks_clusters",
    "node_groups",
    "databases",
    "caches",
    "credentials",
    "ingress_rules",
    "costs"
  };

  private final ObjectNode root = JSON.createObjectNode();

  public FactsBuilder(String kind) {
    root.put("schema_version", FactsDocument.SCHEMA_VERSION);
    root.putObject("source").put("kind", kind);
    ObjectNode organisation = root.putObject("organisation");
    organisation.putNull("name");
    organisation.putNull("budget_usd");
    for (String collection : COLLECTIONS) {
      root.putArray(collection);
    }
  }

  public ObjectNode root() {
    return root;
  }

  /** Adds a fact with its address, environment and (when known) its path in the input file. */
  public ObjectNode fact(String collection, String address, String environment, String path) {
    ObjectNode fact =
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get(collection)).addObject();
    fact.put("address", address);
    fact.put("environment", environment == null ? "unattributed" : environment);
    if (path != null) {
      fact.put("path", path);
    }
    return fact;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
