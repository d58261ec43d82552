package io.payflow.platform.iac.internal;

import io.payflow.platform.iac.SynthException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** jsii runs CDKTF's JavaScript in Node.js: without it, say so in one line before jsii crashes. */
public final class NodeCheck {
  private NodeCheck() {}

  public static void requireNode() throws SynthException {
    String override = System.getenv("JSII_NODE");
    if (override != null && Files.isExecutable(Path.of(override))) {
      return;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, "node"))
            || Files.isExecutable(Path.of(dir, "node.exe"))) {
          return;
        }
      }
    }
    throw new SynthException(
        "Node.js was not found on PATH; CDKTF's jsii runtime needs it (install Node.js 18 or newer, or set JSII_NODE)",
        null);
  }
}
