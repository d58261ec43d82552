package io.payflow.platform.cli.internal;

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
final class Terminal {
  private Terminal() {}

  static boolean colorful(boolean noColorFlag) {
    return !noColorFlag
        && System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
