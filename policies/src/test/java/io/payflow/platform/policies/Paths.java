package io.payflow.platform.policies;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository, found upward from the directory Maven runs tests in. */
final class Paths {
  private Paths() {}

  static Path locate(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
