package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One input as the reader hands it to the adapters: the path, the name messages use, and for a file
 * its text and, when it is JSON, its strictly parsed tree (null for YAML and directories).
 */
record InputFile(Path path, String name, String text, JsonNode json) {
  boolean isDirectory() {
    return text == null;
  }
}
