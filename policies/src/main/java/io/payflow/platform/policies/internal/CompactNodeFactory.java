package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jackson's node factory with one change: an object's fields live in a {@link SmallFieldMap}, not a
 * {@code LinkedHashMap}. A large plan's values are some 100,000 objects of a handful of fields
 * each; as hash maps with a node per field they were a quarter of what was alive while the plan was
 * read, and every young collection copied them.
 */
final class CompactNodeFactory extends JsonNodeFactory {
  static final CompactNodeFactory INSTANCE = new CompactNodeFactory();

  private CompactNodeFactory() {
    // Numbers as Jackson reads them by default (no BigDecimal normalization).
    super(false);
  }

  @Override
  public ObjectNode objectNode() {
    return new ObjectNode(this, new SmallFieldMap<JsonNode>());
  }
}
