package io.payflow.platform.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled reference topology, found from the module directory Maven runs tests in. */
final class Reference {
  static final Path FILE = locate("examples/payflow.yaml");

  private Reference() {}

  static Path locate(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }

  static String text() {
    try {
      return Files.readString(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Topology load() {
    try {
      return TopologyLoader.load(FILE);
    } catch (TopologyLoadException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
