package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.FactsJson;
import io.payflow.platform.policies.internal.FactsSections;
import io.payflow.platform.policies.internal.PathTable;
import io.payflow.platform.policies.internal.PolicyInput;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one normalized document every rule reads, whatever the input kind was. Its shape is {@code
 * facts.schema.json} in this module, typed as {@link Facts}; {@code schema_version} says which. The
 * adapters build it typed, and it is serialized once, when the rules or a person read it.
 */
public final class FactsDocument {
  public static final String SCHEMA_VERSION = "1";

  private final Facts facts;
  private String json;

  private FactsDocument(Facts facts, String json) {
    this.facts = facts;
    this.json = json;
  }

  /** Typed facts, from an adapter. */
  public static FactsDocument of(Facts facts) {
    return new FactsDocument(Objects.requireNonNull(facts, "facts"), null);
  }

  /** Facts JSON produced by another tool or a test; checked when it is evaluated or merged. */
  public static FactsDocument ofJson(String json) {
    return new FactsDocument(null, Objects.requireNonNull(json, "json"));
  }

  /** The typed facts; for a document given as JSON, read from it (an error if it is malformed). */
  public Facts facts() throws InputException {
    return facts != null ? facts : FactsJson.read(json);
  }

  /** How many entries the document's sections hold (its size, for the engine). */
  int entries() {
    return facts != null ? FactsSections.entries(facts) : FactsSections.entries(jsonGiven());
  }

  /**
   * What one part of the rules reads: only the named sections, compact; typed facts with each
   * location as its number in {@code paths}. Not synchronized: the parts are written at once, on
   * their own threads, from facts that do not change.
   */
  PolicyInput sections(java.util.Set<String> names, PathTable paths) {
    return facts != null
        ? FactsSections.input(facts, names, paths)
        : PolicyInput.ofJson(FactsSections.compact(jsonGiven(), names));
  }

  /** The JSON of a document given as JSON (set once, when it was made). */
  private synchronized String jsonGiven() {
    return json;
  }

  /** True when the facts were built by an adapter, so their shape needs no check. */
  public boolean typed() {
    return facts != null;
  }

  public synchronized String json() {
    if (json == null) {
      json = FactsJson.write(facts);
    }
    return json;
  }

  /**
   * What the rules read: typed facts serialized compactly, straight to UTF-8 (OPA parses every byte
   * inside the Wasm, and the indentation of {@link #json} is a third of a large document). Not
   * kept: a large estate's input lives only while it is evaluated.
   */
  synchronized byte[] evaluationInput() {
    return json != null ? json.getBytes(StandardCharsets.UTF_8) : FactsJson.compact(facts);
  }

  @Override
  public String toString() {
    return json();
  }
}
