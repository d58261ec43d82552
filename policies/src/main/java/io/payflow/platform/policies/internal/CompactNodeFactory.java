package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Jackson's node factory with two changes: an object's fields live in a {@link SmallFieldMap}, not
 * a {@code LinkedHashMap}, and equal short strings share one node. A large plan's values are some
 * 100,000 objects of a handful of fields each; as hash maps with a node per field they were a
 * quarter of what was alive while the plan was read, and every young collection copied them. Its
 * strings repeat (regions, zones, instance types, names of other resources): each was a node, a
 * string and its bytes.
 */
final class CompactNodeFactory extends JsonNodeFactory {
  static final CompactNodeFactory INSTANCE = new CompactNodeFactory();

  /** Strings longer than this (ARNs, policies, user data) are seldom equal and are not shared. */
  static final int MAX_SHARED_CHARS = 32;

  /** Nodes remembered per reading thread; past this many the memory starts over (bounded). */
  static final int MAX_SHARED_NODES = 16_384;

  private static final ThreadLocal<Map<String, TextNode>> SHARED =
      ThreadLocal.withInitial(HashMap::new);

  private CompactNodeFactory() {
    // Numbers as Jackson reads them by default (no BigDecimal normalization).
    super(false);
  }

  /** Text nodes are immutable, so one node can stand for every equal value of a document. */
  @Override
  public TextNode textNode(String text) {
    if (text == null || text.length() > MAX_SHARED_CHARS) {
      return super.textNode(text);
    }
    Map<String, TextNode> shared = SHARED.get();
    TextNode node = shared.get(text);
    if (node == null) {
      if (shared.size() >= MAX_SHARED_NODES) {
        shared.clear();
      }
      node = super.textNode(text);
      shared.put(text, node);
    }
    return node;
  }

  /**
   * A number past what a double holds (1e400) would be read as infinity, which no rule can compare
   * and no JSON can write: refused here, as every plan and Terraform JSON value passes through, and
   * located by {@link StrictJson} (this knows no position).
   */
  @Override
  public NumericNode numberNode(double v) {
    if (!Double.isFinite(v)) {
      throw new OutOfRange();
    }
    return super.numberNode(v);
  }

  /** A number the document holds that a double does not; see {@link #numberNode(double)}. */
  static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange() {
      super("a number out of range", null, false, false);
    }

    /**
     * Whether {@code e} or one of its causes is this (databind wraps what a node factory throws).
     */
    static boolean in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof OutOfRange) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public ObjectNode objectNode() {
    return new ObjectNode(this, new SmallFieldMap<JsonNode>());
  }
}
