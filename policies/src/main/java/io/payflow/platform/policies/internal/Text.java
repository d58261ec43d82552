package io.payflow.platform.policies.internal;

import io.payflow.platform.topology.ParseMessages;

/** Input text made safe to print inside a message: one printable line, bounded length. */
final class Text {
  private Text() {}

  static String safe(String text) {
    return ParseMessages.printable(text);
  }
}
