package io.payflow.platform.policies.internal;

/** Input text made safe to print inside a message: no control characters, bounded length. */
final class Text {
  private static final int MAX = 120;

  private Text() {}

  static String safe(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(MAX)
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT
                  || Character.getType(c) == Character.UNASSIGNED
                  || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return text.codePointCount(0, text.length()) > MAX ? out + "…" : out.toString();
  }
}
