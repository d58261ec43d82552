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
  private Map<String, SourcePosition> positions;
  private Future<Map<String, SourcePosition>> ahead;

  JsonPathIndex(String content) {
    this(InputFiles.Content.of(content));
  }

  /** The index of a file's content, read from its bytes when they are ASCII. */
  JsonPathIndex(InputFiles.Content content) {
    this.content = content;
    if (content.length() >= AHEAD_CHARS) {
      ahead = AHEAD.submit(() -> index(content));
    }
  }

  synchronized Optional<SourcePosition> find(String path) {
    if (positions == null) {
      positions = ahead != null ? awaitAhead() : index(content);
      ahead = null;
    }
    return Optional.ofNullable(positions.get(path));
  }

  private Map<String, SourcePosition> awaitAhead() {
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return index(content);
    } catch (ExecutionException e) {
      return index(content);
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

  private static Map<String, SourcePosition> index(InputFiles.Content content) {
    return scan(content, JsonPathIndex::wanted, false);
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

  /** Resources of plans and Terraform JSON, and the backend block. */
  private static boolean wanted(String path) {
    if (path.endsWith("]")) {
      return path.startsWith("resource_changes[") || path.contains("resources[");
    }
    String[] parts = path.split("\\.");
    return (parts.length == 3 && (parts[0].equals("resource") || parts[0].equals("data")))
        || path.equals("terraform.backend.s3");
  }
}
