package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One input as the reader hands it to the adapters: the path, the name messages use, and for a file
 * its text. JSON is parsed strictly into {@code json}, except a document that starts as {@code
 * terraform show -json} writes a plan: that one is bound straight from its text (no tree of the
 * whole plan, the largest thing a run built), and {@code planVersion} holds its format_version.
 * {@code ascii} is the file's bytes when every one is ASCII (else null): Jackson binds those faster
 * than the text, with the same columns.
 */
record InputFile(
    Path path, String name, String text, byte[] ascii, JsonNode json, JsonNode planVersion) {
  static InputFile directory(Path path, String name) {
    return new InputFile(path, name, null, null, null, null);
  }

  boolean isDirectory() {
    return text == null;
  }

  boolean isJson() {
    return json != null || planVersion != null;
  }
}
