package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.SourcePosition;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Positions of the objects findings point at in Terraform JSON and plans (resources, resource
 * changes, backend), collected in one streaming pass on first use, so a 50 MB plan is read once for
 * locations however many findings it has.
 */
final class JsonPathIndex {
  /**
   * From this size on (a plan of about 8,000 resources), the index is built on another thread as
   * soon as the text is read, while the facts are built and evaluated: on a 15 MB plan the pass
   * took 0.1 s after the evaluation, and most plans of that size have findings to place.
   */
  static final int AHEAD_CHARS = 4 << 20;

  private static final ExecutorService AHEAD =
      Executors.newSingleThreadExecutor(DaemonThreads.named("payflow-locations"));

  private final InputFiles.Content content;
  private final PlanLayout layout;
  private Map<String, SourcePosition> positions;
  private Map<String, SourcePosition> elsewhere;
  private Future<Map<String, SourcePosition>> ahead;

  JsonPathIndex(String content) {
    this(InputFiles.Content.of(content));
  }

  /** The index of a file's content, read from its bytes when they are ASCII. */
  JsonPathIndex(InputFiles.Content content) {
    this(content, null);
  }

  /**
   * The index of a plan's bytes whose changes' places are known ({@link PlanLayout}; null if not):
   * the changes, most of a plan, are then placed from the layout's offsets, not parsed again.
   */
  JsonPathIndex(InputFiles.Content content, PlanLayout layout) {
    this.content = content;
    this.layout = content.ascii() != null ? layout : null;
    if (content.length() >= AHEAD_CHARS) {
      ahead = AHEAD.submit(this::index);
    }
  }

  synchronized Optional<SourcePosition> find(String path) {
    if (positions == null) {
      positions = ahead != null ? awaitAhead() : index();
      ahead = null;
    }
    SourcePosition at = positions.get(path);
    if (at == null && layout != null && !path.startsWith("resource_changes[")) {
      // Not a change's place: one pass over the whole text, as without a layout.
      if (elsewhere == null) {
        elsewhere = scan(content, JsonPathIndex::wanted, false);
      }
      at = elsewhere.get(path);
    }
    return Optional.ofNullable(at);
  }

  private Map<String, SourcePosition> awaitAhead() {
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return index();
    } catch (ExecutionException e) {
      return index();
    }
  }

  /** Where one path (of any value) stands, in one streaming pass; for error messages. */
  static Optional<SourcePosition> locate(String content, String path) {
    return locate(InputFiles.Content.of(content), path);
  }

  /** As {@link #locate(String, String)}, in a file's content. */
  static Optional<SourcePosition> locate(InputFiles.Content content, String path) {
    return Optional.ofNullable(scan(content, path::equals, true).get(path));
  }

  private Map<String, SourcePosition> index() {
    return layout == null ? scan(content, JsonPathIndex::wanted, false) : changes(content.ascii());
  }

  /**
   * The changes' places, from the offsets of the layout (not parsed again): a plan's facts point
   * only at its changes. Lines as Jackson counts them: \n, \r\n, or \r alone.
   */
  private Map<String, SourcePosition> changes(byte[] bytes) {
    Map<String, SourcePosition> found = new HashMap<>(layout.elements() * 2);
    Lines lines = new Lines(bytes);
    for (int i = 0; i < layout.elements(); i++) {
      int start = layout.start(i);
      lines.advance(start);
      found.put(
          "resource_changes[" + i + "]", new SourcePosition(lines.line, start - lines.start + 1));
    }
    return found;
  }

  /** Counts lines up to an offset; called once per change, so it is compiled early. */
  private static final class Lines {
    private final byte[] bytes;
    int line = 1;
    int start;
    private int at;

    Lines(byte[] bytes) {
      this.bytes = bytes;
    }

    void advance(int to) {
      for (; at < to; at++) {
        byte c = bytes[at];
        if (c == '\n' || c == '\r' && (at + 1 == bytes.length || bytes[at + 1] != '\n')) {
          line++;
          start = at + 1;
        }
      }
    }
  }

  private static Map<String, SourcePosition> scan(
      InputFiles.Content content, java.util.function.Predicate<String> wanted, boolean anyValue) {
    Map<String, SourcePosition> found = new HashMap<>();
    try (JsonParser parser = StrictJson.parser(FactsJson.JSON.getFactory(), content)) {
      Deque<String[]> stack = new ArrayDeque<>();
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          stack.peek()[1] = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          stack.pop();
          continue;
        }
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        String path = "";
        if (!stack.isEmpty()) {
          String[] parent = stack.peek();
          if (parent[2] != null) {
            int index = Integer.parseInt(parent[2]) + 1;
            parent[2] = String.valueOf(index);
            path = anyValue || container ? parent[0] + "[" + index + "]" : null;
          } else if (anyValue || container) {
            path = parent[0].isEmpty() ? parent[1] : parent[0] + "." + parent[1];
          }
        }
        if ((anyValue || token == JsonToken.START_OBJECT) && wanted.test(path)) {
          JsonLocation at = parser.currentTokenLocation();
          found.put(path, new SourcePosition(at.getLineNr(), at.getColumnNr()));
          if (anyValue) {
            return found;
          }
          // Nothing inside a resource is looked up: its body (most of a plan) is only tokenized.
          parser.skipChildren();
          continue;
        }
        if (container) {
          stack.push(new String[] {path, null, token == JsonToken.START_ARRAY ? "-1" : null});
        }
      }
    } catch (IOException | RuntimeException e) {
      // Locations are a courtesy; the document itself was already parsed successfully.
    }
    return found;
  }

  /** Resources of plans (deferred ones too) and Terraform JSON, and the backend block. */
  private static boolean wanted(String path) {
    if (path.endsWith("]")) {
      return path.startsWith("resource_changes[")
          || path.startsWith("deferred_changes[")
          || path.contains("resources[");
    }
    String[] parts = path.split("\\.");
    return (parts.length == 3 && (parts[0].equals("resource") || parts[0].equals("data")))
        || path.equals("terraform.backend.s3");
  }
}
