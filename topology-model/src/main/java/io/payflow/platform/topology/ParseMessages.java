package io.payflow.platform.topology;

import java.util.regex.Pattern;

/**
 * Parser messages (Jackson's, SnakeYAML's) in words of our own. A parser quotes the token it
 * stopped at, and in a credential position that token is a secret: what is wrong is said, the value
 * never. Shared by every reader of the toolkit.
 */
public final class ParseMessages {
  private static final Pattern QUOTED = Pattern.compile("'[^']{4,}'|\"[^\"]{4,}\"");

  private ParseMessages() {}

  /** Jackson's words for a bound passed: what, its length, the bound. */
  private static final Pattern PAST_BOUND =
      Pattern.compile(
          "^(Number value|Name|String value) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  /**
   * A parser's bound on a key's, a number's or a string's length, said in our words ({@code a
   * number of 60 characters, over the 40 a number may have}); null for any other message. Jackson's
   * own names the Java method that sets the bound.
   */
  public static String pastBound(String original) {
    var matcher = PAST_BOUND.matcher(original == null ? "" : original.strip());
    if (!matcher.find()) {
      return null;
    }
    String what =
        switch (matcher.group(1)) {
          case "Number value" -> "number";
          case "Name" -> "key";
          default -> "string";
        };
    return tooLong(what, Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
  }

  /** {@code a key of 60000 characters, over the 50000 a key may have}. */
  public static String tooLong(String what, long length, long bound) {
    return "a "
        + what
        + " of "
        + length
        + " characters, over the "
        + bound
        + " a "
        + what
        + " may have";
  }

  /** One safe line for a JSON or YAML syntax error; {@code format} is "JSON" or "YAML". */
  public static String syntax(String original, String format) {
    String m = original == null ? "" : original.lines().findFirst().orElse("").strip();
    String past = pastBound(m);
    if (past != null) {
      return past;
    }
    String duplicate = duplicateKey(m);
    if (duplicate != null) {
      return "duplicate key '"
          + duplicate
          + "' ("
          + format
          + " objects take each key once; Terraform refuses duplicates too: remove one)";
    }
    if (m.startsWith("Trailing token")) {
      return "content after the end of the "
          + format
          + " document (one document per file: split it)";
    }
    if (m.startsWith("Unexpected end-of-input") || m.contains("end of stream")) {
      return "malformed " + format + ": the document ends early (is the file cut off?)";
    }
    if (m.startsWith("Unrecognized token") || m.startsWith("Unrecognized character")) {
      return "malformed "
          + format
          + ": a value that is not "
          + format
          + " (a string without quotes?)";
    }
    if (m.startsWith("Illegal unquoted character") || m.contains("escape")) {
      return "malformed " + format + ": a string holds a control character or a bad escape";
    }
    if (m.startsWith("Non-standard token")) {
      return "malformed " + format + ": NaN and Infinity are not " + format + " numbers";
    }
    if (m.startsWith("Unexpected character")) {
      return "malformed " + format + ": unexpected character (a missing comma, quote or bracket?)";
    }
    if (m.contains("alias")) {
      return "malformed " + format + ": an alias that is undefined or not allowed here";
    }
    if (format.equals("YAML") && !m.isEmpty()) {
      // SnakeYAML's first line names the construct ("while scanning a simple key"); anything it
      // quotes at length is input, and is cut.
      return "malformed YAML: " + QUOTED.matcher(m).replaceAll("'…'");
    }
    return "malformed " + format;
  }

  /** The duplicated key of a duplicate-key message, printable; null when there is none. */
  public static String duplicateKey(String original) {
    var matcher =
        Pattern.compile("(?i)duplicate (?:field|key) '?([^'\\s]+)'?")
            .matcher(original == null ? "" : original);
    return matcher.find() ? printable(matcher.group(1)) : null;
  }

  /**
   * True for a character that must not reach a terminal, a CI log or an XML document raw: control
   * characters (ESC, BEL, CR, LF), format characters (bidirectional overrides), unassigned code
   * points, lone surrogates, line and paragraph separators, and the noncharacters U+xFFFE/U+xFFFF.
   */
  public static boolean unsafe(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c & 0xFFFE) == 0xFFFE;
  }

  /** Text with every unsafe character, except those {@code keep} allows, written as \\uXXXX. */
  public static String escape(String text, java.util.function.IntPredicate keep) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (unsafe(c) && !keep.test(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * A whole message made one printable line, nothing cut. Every exception message of the toolkit
   * goes through here.
   */
  public static String oneLine(String text) {
    return escape(text, c -> false);
  }

  /** Input text quoted in a message: one printable line, at most 64 characters. */
  public static String printable(String text) {
    String value = text == null ? "null" : text;
    boolean cut = value.codePointCount(0, value.length()) > 64;
    String head = cut ? value.substring(0, value.offsetByCodePoints(0, 64)) : value;
    return oneLine(head) + (cut ? "…" : "");
  }
}
