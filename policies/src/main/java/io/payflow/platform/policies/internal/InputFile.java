package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.topology.InputFiles;
import java.nio.file.Path;

/**
 * One input as the reader hands it to the adapters: the path, the name messages use, and for a file
 * its content. JSON is parsed strictly into {@code json}, except a document that starts as {@code
 * terraform show -json} writes a plan: that one is bound straight from its content (no tree of the
 * whole plan, the largest thing a run built), and {@code planVersion} holds its format_version. An
 * ASCII file's content is its bytes, which Jackson reads faster than text and with the same
 * columns; its text is made only if something asks for it (a message, a YAML topology).
 */
record InputFile(
    Path path, String name, InputFiles.Content content, JsonNode json, JsonNode planVersion) {
  static InputFile directory(Path path, String name) {
    return new InputFile(path, name, null, null, null);
  }

  boolean isDirectory() {
    return content == null;
  }

  boolean isJson() {
    return json != null || planVersion != null;
  }

  /** The file's text (made from its bytes at the first call); null for a directory. */
  String text() {
    return content == null ? null : content.text();
  }
}
