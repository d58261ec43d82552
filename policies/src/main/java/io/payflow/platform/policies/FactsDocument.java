package io.payflow.platform.policies;

import java.util.Objects;

/**
 * The one normalized JSON document every rule reads, whatever the input kind was. Its shape is
 * {@code facts.schema.json} in this module; {@code schema_version} says which.
 */
public final class FactsDocument {
  public static final String SCHEMA_VERSION = "1";

  private final String json;

  private FactsDocument(String json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** Wraps facts JSON produced by an adapter, a test or another tool. */
  public static FactsDocument ofJson(String json) {
    return new FactsDocument(json);
  }

  public String json() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
