package io.payflow.platform.topology;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a streaming parser stands, in the notation of fact and topology paths ({@code
 * resource_changes[0].change.after.id}): for errors found by reading a document's tokens again,
 * after a faster reading only learnt that something is wrong.
 */
public final class DocumentPath {
  private DocumentPath() {}

  /** The path of the value the parser is at; {@code (document)} at the top. */
  public static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        parts.push("[" + at.getCurrentIndex() + "]");
      } else if (at.getCurrentName() != null) {
        parts.push("." + ParseMessages.printable(at.getCurrentName()));
      }
    }
    String path = String.join("", parts);
    path = path.isEmpty() ? "(document)" : path.startsWith(".") ? path.substring(1) : path;
    // A path hundreds of levels deep is still one line: its start and its end.
    return path.length() <= MAX_CHARS
        ? path
        : path.substring(0, MAX_CHARS - 61) + "…" + path.substring(path.length() - 60);
  }

  /** The longest path said whole. */
  static final int MAX_CHARS = 200;

  /** The path of the object whose key the parser is at. */
  public static String ofObjectAt(JsonStreamContext context) {
    return of(context.getParent());
  }
}
