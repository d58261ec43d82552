package io.payflow.platform.cli.internal;

/**
 * Text from input made safe for a terminal or a CI log: control characters (ESC, BEL, CR, LF),
 * Unicode format characters (bidirectional overrides) and noncharacters are escaped as {@code
 * \\uXXXX}, so an input string can neither move the cursor nor start a line of its own (GitHub
 * reads a line starting with {@code ::} as a workflow command).
 */
final class Printable {
  private Printable() {}

  /** One line: nothing in it can break it or style it. */
  static String line(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (unsafe(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  static boolean unsafe(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c & 0xFFFE) == 0xFFFE;
  }
}
