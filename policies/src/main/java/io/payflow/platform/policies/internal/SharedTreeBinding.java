package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import java.io.IOException;

/**
 * Binding a parsed tree to a typed shape without copying it: where the shape keeps a subtree as
 * {@code JsonNode} (a plan's {@code after} values, its configuration's expressions), Jackson would
 * rebuild that subtree node by node, so a large plan was held twice while it was read. Bound
 * through a {@link Parser}, such a property takes the tree's own node. Anything else (a scalar, a
 * wrong type, a parser over text) goes to Jackson's own deserializer: values and errors are what
 * they were.
 */
final class SharedTreeBinding {
  private SharedTreeBinding() {}

  /** A parser over a tree that can hand out the container it has just entered. */
  static final class Parser extends TreeTraversingParser {
    private final JsonNode root;

    Parser(JsonNode tree, ObjectCodec codec) {
      super(tree, codec);
      this.root = tree;
    }

    /**
     * The object or array whose start token the parser stands on, found by its path from the root
     * (the parser's own cursor has already stepped inside it); null where there is none.
     */
    JsonNode container() {
      JsonNode node = iterated(getParsingContext());
      return node != null && node.isContainerNode() ? node : null;
    }

    /**
     * The node a context iterates, found by following its parents' names and indices down from the
     * root (not by a JSON pointer: building and parsing one for every resource was a quarter of
     * binding a large plan).
     */
    private JsonNode iterated(JsonStreamContext context) {
      JsonStreamContext parent = context.getParent();
      if (parent == null || parent.inRoot()) {
        return root;
      }
      JsonNode outer = iterated(parent);
      if (outer == null) {
        return null;
      }
      return parent.inArray()
          ? outer.get(parent.getCurrentIndex())
          : outer.get(parent.getCurrentName());
    }
  }

  /** The deserializers of the node types a shape may keep; registered on the binding mapper. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("shared-tree-binding");
    module.addDeserializer(JsonNode.class, new Shared<>(JsonNode.class, false));
    module.addDeserializer(ObjectNode.class, new Shared<>(ObjectNode.class, true));
    return module;
  }

  private static final class Shared<T extends JsonNode> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final boolean objectOnly;

    Shared(Class<T> type, boolean objectOnly) {
      this.type = type;
      this.objectOnly = objectOnly;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      boolean start =
          token == JsonToken.START_OBJECT || !objectOnly && token == JsonToken.START_ARRAY;
      JsonNode node = start && p instanceof Parser shared ? shared.container() : null;
      if (node != null && type.isInstance(node)) {
        p.skipChildren();
        return type.cast(node);
      }
      return type.cast(JsonNodeDeserializer.getDeserializer(type).deserialize(p, ctxt));
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return type.cast(JsonNodeDeserializer.getDeserializer(type).getNullValue(ctxt));
    }
  }
}
