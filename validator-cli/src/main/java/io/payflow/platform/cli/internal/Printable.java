package io.payflow.platform.cli.internal;

import io.payflow.platform.topology.ParseMessages;

/**
 * Text from input made safe for a terminal or a CI log: control characters (ESC, BEL, CR, LF),
 * Unicode format characters (bidirectional overrides) and noncharacters are escaped as {@code
 * \\uXXXX}, so an input string can neither move the cursor nor start a line of its own (GitHub
 * reads a line starting with {@code ::} as a workflow command).
 */
public final class Printable {
  private Printable() {}

  /** One line: nothing in it can break it or style it. */
  public static String line(String text) {
    return ParseMessages.oneLine(text);
  }
}
