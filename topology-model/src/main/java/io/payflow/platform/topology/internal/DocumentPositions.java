package io.payflow.platform.topology.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds where a path ({@code environments[1].vpc.cidr}) stands in a document by streaming its
 * tokens once more. Used after a constructor refused a value, when Jackson only knows the enclosing
 * object's end.
 */
final class DocumentPositions {
  private DocumentPositions() {}

  record Position(int line, int column, JsonToken token) {}

  static Optional<Position> find(ObjectMapper mapper, String content, String target) {
    try (JsonParser parser = mapper.createParser(content)) {
      Deque<Frame> stack = new ArrayDeque<>();
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          stack.peek().field = parser.currentName();
          continue;
        }
        Frame parent = stack.peek();
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          stack.pop();
          continue;
        }
        String path = parent == null ? "" : parent.childPath();
        if (path.equals(target)) {
          JsonLocation at = parser.currentTokenLocation();
          return Optional.of(new Position(at.getLineNr(), at.getColumnNr(), token));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          stack.push(new Frame(path, token == JsonToken.START_ARRAY));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The position is a courtesy: a document that cannot be streamed has no better answer.
    }
    return Optional.empty();
  }

  private static final class Frame {
    final String path;
    final boolean array;
    String field;
    int index = -1;

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }

    String childPath() {
      if (array) {
        index++;
        return path + "[" + index + "]";
      }
      return path.isEmpty() ? field : path + "." + field;
    }
  }
}
