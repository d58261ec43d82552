package io.payflow.platform.policies.internal;

import java.util.Arrays;
import java.util.Set;

/**
 * Where the top-level {@code resource_changes} array of a plan's bytes opens and closes, and where
 * each of its elements starts and ends: found by one pass over the bytes that follows strings and
 * brackets and checks nothing else, so that halves of the array can be bound on two threads. It
 * proves nothing about the document: every byte is still parsed by Jackson, and {@link #of} answers
 * null (bind the plan as a whole) for whatever it does not expect: no such key or two of them, a
 * value that is not a non-empty array, separators other than whitespace and one comma, an
 * unterminated string, nesting near {@link StrictJson#MAX_NESTING}.
 */
final class PlanLayout {
  /** Offset of the array's {@code [} and of its {@code ]}. */
  final int open;

  final int close;

  /** Each element's first byte and the byte after its last, in order. */
  private final int[] starts;

  private final int[] ends;

  /**
   * At most this many values of keys the binding does not read (Terraform writes about ten keys);
   * past it, the plan is bound whole rather than parsed in as many pieces.
   */
  static final int MAX_UNREAD = 32;

  /**
   * Fewer bytes a change than this on average, and the plan is bound whole: Terraform writes an
   * address, a type, a name and the change of each, well over this; so the layout's offsets (8
   * bytes a change) take at most an eighth of the file, whatever it holds.
   */
  static final int MIN_CHANGE_BYTES = 64;

  /** The values of top-level keys the binding does not read, as offset pairs: parsed apart. */
  final int[] unread;

  /** Bytes of the configuration's value (bound as a tree, then again as a shape). */
  final int configuration;

  private PlanLayout(
      int open, int close, int[] starts, int[] ends, int[] unread, int configuration) {
    this.open = open;
    this.close = close;
    this.starts = starts;
    this.ends = ends;
    this.unread = unread;
    this.configuration = configuration;
  }

  int elements() {
    return starts.length;
  }

  int start(int element) {
    return starts[element];
  }

  int end(int element) {
    return ends[element];
  }

  /** The first element that starts at or after {@code offset}; {@link #elements()} if none. */
  int elementFrom(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * The layout of an ASCII plan's bytes, or null where it should be bound whole. {@code bound}: the
   * top-level keys the binding reads; the values of the others are listed in {@link #unread}.
   */
  static PlanLayout of(byte[] b, Set<String> bound) {
    try {
      return new Scan(b, bound).plan();
    } catch (ArrayIndexOutOfBoundsException e) {
      return null; // ran past the end: unterminated; Jackson says where
    }
  }

  private static final class Scan {
    private final byte[] b;
    private final Set<String> bound;
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int count;
    private int[] unread = new int[0];
    private int configuration;

    Scan(byte[] b, Set<String> bound) {
      this.b = b;
      this.bound = bound;
    }

    PlanLayout plan() {
      int i = space(0);
      if (b[i] != '{') {
        return null;
      }
      i = space(i + 1);
      int open = -1;
      int close = -1;
      if (b[i] == '}') {
        return null;
      }
      while (true) {
        if (b[i] != '"') {
          return null;
        }
        int keyEnd = string(i);
        String key = plain(i + 1, keyEnd - 1);
        boolean ours = "resource_changes".equals(key);
        i = space(keyEnd);
        if (b[i] != ':') {
          return null;
        }
        i = space(i + 1);
        if (ours) {
          if (open >= 0 || b[i] != '[') {
            return null;
          }
          open = i;
          close = elements(i);
          if (close < 0) {
            return null;
          }
          i = close + 1;
        } else {
          int start = i;
          i = value(i, 1);
          if (i < 0) {
            return null;
          }
          if ("configuration".equals(key)) {
            configuration += i - start;
          } else if (key != null && !bound.contains(key)) {
            if (unread.length == 2 * MAX_UNREAD) {
              return null;
            }
            unread = Arrays.copyOf(unread, unread.length + 2);
            unread[unread.length - 2] = start;
            unread[unread.length - 1] = i;
          }
        }
        i = space(i);
        if (b[i] == '}') {
          break;
        }
        if (b[i] != ',') {
          return null;
        }
        i = space(i + 1);
      }
      if (open < 0 || count < 2) {
        return null;
      }
      return new PlanLayout(
          open,
          close,
          Arrays.copyOf(starts, count),
          Arrays.copyOf(ends, count),
          unread,
          configuration);
    }

    /** The array's elements (objects only) from its {@code [} at {@code i}; its {@code ]}. */
    private int elements(int i) {
      i = space(i + 1);
      if (b[i] == ']') {
        return -1;
      }
      while (true) {
        if (b[i] != '{') {
          return -1;
        }
        int end = value(i, 2);
        if (end < 0) {
          return -1;
        }
        if (!add(i, end)) {
          return -1;
        }
        i = space(end);
        if (b[i] == ']') {
          return i;
        }
        if (b[i] != ',') {
          return -1;
        }
        i = space(i + 1);
      }
    }

    private boolean add(int start, int end) {
      if (count >= b.length / MIN_CHANGE_BYTES) {
        return false;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count++] = end;
      return true;
    }

    /**
     * The byte after the value at {@code i}, nested {@code depth} deep; -1 past the nesting bound.
     * A scalar ends at the next separator; Jackson checks what it is.
     */
    private int value(int i, int depth) {
      byte c = b[i];
      if (c == '"') {
        return string(i);
      }
      if (c != '{' && c != '[') {
        int start = i;
        while (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r'
            && c != '\t') {
          c = b[++i];
        }
        return i > start ? i : -1;
      }
      // One level of margin below Jackson's bound: near it, the whole plan is parsed as one.
      int limit = StrictJson.MAX_NESTING - 1;
      int level = depth;
      while (true) {
        c = b[i];
        if (c == '"') {
          i = string(i);
          continue;
        }
        if (c == '{' || c == '[') {
          if (++level > limit) {
            return -1;
          }
        } else if (c == '}' || c == ']') {
          if (--level == depth) {
            return i + 1;
          }
        }
        i++;
      }
    }

    /** The byte after the string whose opening quote is at {@code i}. */
    private int string(int i) {
      i++;
      while (true) {
        byte c = b[i];
        if (c == '"') {
          return i + 1;
        }
        i += c == '\\' ? 2 : 1;
      }
    }

    private int space(int i) {
      byte c = b[i];
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        c = b[++i];
      }
      return i;
    }

    /** A key written without escapes, as a string; null for one with any (it stays bound). */
    private String plain(int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == '\\') {
          return null;
        }
      }
      return new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII);
    }
  }
}
